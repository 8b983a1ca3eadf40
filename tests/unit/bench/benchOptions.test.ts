import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/benchOptions.ts';

describe('parseBenchArgs', () => {
  it('runs every part with both Lighthouse presets by default', () => {
    expect(parseBenchArgs([])).toEqual({
      parts: ['build', 'lighthouse', 'bytes', 'scroll', 'scale'],
      presets: ['mobile', 'desktop'],
    });
  });
  it('drops desktop Lighthouse and the scaling run with --quick', () => {
    expect(parseBenchArgs(['--quick'])).toEqual({
      parts: ['build', 'lighthouse', 'bytes', 'scroll'],
      presets: ['mobile'],
    });
  });
  it('runs only the named parts, in bench order', () => {
    expect(parseBenchArgs(['--only=scroll,bytes']).parts).toEqual(['bytes', 'scroll']);
  });
  it('rejects an unknown part or argument, naming what it received', () => {
    expect(() => parseBenchArgs(['--only=speed'])).toThrow(/received "speed"/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
  });
});

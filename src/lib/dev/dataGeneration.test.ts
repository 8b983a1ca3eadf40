import { describe, expect, it } from 'vitest';
import {
  GENERATION_METRIC,
  generationHeader,
  mustReload,
  renderedGeneration,
} from './dataGeneration.ts';

describe('renderedGeneration', () => {
  it('reads the generation the header stamped', () => {
    // The browser parses `name;desc="7"` into { name, description: '7' }.
    expect(generationHeader(7)).toBe(`${GENERATION_METRIC};desc="7"`);
    expect(
      renderedGeneration([
        { name: 'other', description: 'x' },
        { name: GENERATION_METRIC, description: '7' },
      ]),
    ).toBe(7);
  });

  it('is undefined without the metric or with something else in it', () => {
    expect(renderedGeneration([])).toBeUndefined();
    expect(renderedGeneration([{ name: GENERATION_METRIC, description: '' }])).toBeUndefined();
    expect(renderedGeneration([{ name: GENERATION_METRIC, description: '3a' }])).toBeUndefined();
  });
});

describe('mustReload', () => {
  it('reloads a page rendered from another generation, whether told or answered', () => {
    expect(mustReload(3, { generation: 4, answer: false })).toBe(true);
    expect(mustReload(3, { generation: 4, answer: true })).toBe(true);
  });

  it('keeps a page rendered from the current generation', () => {
    expect(mustReload(4, { generation: 4, answer: false })).toBe(false);
    expect(mustReload(4, { generation: 4, answer: true })).toBe(false);
  });

  it('reloads a page that does not know its generation on a change, never on an answer', () => {
    expect(mustReload(undefined, { generation: 4, answer: false })).toBe(true);
    expect(mustReload(undefined, { generation: 4, answer: true })).toBe(false);
  });
});

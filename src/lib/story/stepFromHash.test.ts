import { describe, expect, it } from 'vitest';
import { stepFromHash, stepIndexAfter } from './stepFromHash.ts';

describe('stepFromHash', () => {
  const ids = ['lede', 'seysulan-crossing'];
  it('finds the step an address points at', () =>
    expect(stepFromHash('#seysulan-crossing', ids)).toBe(1));
  it('returns -1 for an empty or unknown hash', () => {
    expect(stepFromHash('', ids)).toBe(-1);
    expect(stepFromHash('#sources', ids)).toBe(-1);
  });
});

describe('stepIndexAfter', () => {
  it('moves within the story and stops at its ends', () => {
    expect(stepIndexAfter(0, 1, 3)).toBe(1);
    expect(stepIndexAfter(2, 1, 3)).toBe(2);
    expect(stepIndexAfter(0, -1, 3)).toBe(0);
    expect(stepIndexAfter(0, 1, 0)).toBe(-1);
  });
});

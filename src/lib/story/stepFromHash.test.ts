import { describe, expect, it } from 'vitest';
import { safeDecode, stepFromHash, stepIndexAfter } from './stepFromHash.ts';

describe('stepFromHash', () => {
  const ids = ['lede', 'seysulan-crossing', 'first-war'];
  it('finds the step an address points at', () =>
    expect(stepFromHash('#seysulan-crossing', ids)).toBe(1));
  it('decodes an escaped id', () => expect(stepFromHash('#first%2Dwar', ids)).toBe(2));
  it('returns -1 for an empty or unknown hash', () => {
    expect(stepFromHash('', ids)).toBe(-1);
    expect(stepFromHash('#', ids)).toBe(-1);
    expect(stepFromHash('#sources', ids)).toBe(-1);
  });
  it('returns -1 for a malformed escape instead of throwing', () => {
    expect(stepFromHash('#%', ids)).toBe(-1);
    expect(stepFromHash('#first-war%', ids)).toBe(-1);
    expect(stepFromHash('#%E0%A4%A', ids)).toBe(-1);
  });
});

describe('safeDecode', () => {
  it('decodes valid escapes and keeps malformed text as it is', () => {
    expect(safeDecode('a%20b')).toBe('a b');
    expect(safeDecode('first-war%')).toBe('first-war%');
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

import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrapLines.ts';

describe('wrapLines', () => {
  it('breaks at spaces so no line passes the limit', () => {
    const lines = wrapLines('the quick brown fox jumps over the lazy dog', 10, 10);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('keeps a word longer than the limit whole on its own line', () => {
    expect(wrapLines('a extraordinarily b', 5, 5)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('ends in an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapLines('one two three four five six seven', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });
});

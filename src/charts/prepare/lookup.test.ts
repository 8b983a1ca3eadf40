import { describe, expect, it } from 'vitest';
import { lookup } from './lookup.ts';

describe('lookup', () => {
  it('finds a record by id', () => {
    expect(lookup([{ id: 'a', n: 1 }], 'a', 'series')).toEqual({ id: 'a', n: 1 });
  });
  it('names the missing id and the ids available', () => {
    expect(() => lookup([{ id: 'a' }, { id: 'b' }], 'c', 'figure series')).toThrow(
      'unknown figure series "c" (expected one of: a, b)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue.ts';

describe('describeValue', () => {
  it('names each kind of JSON value in plain words', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(3)).toBe('the number 3');
    expect(describeValue(Number.NaN)).toBe('the number NaN');
    expect(describeValue('yes')).toBe('the text "yes"');
    expect(describeValue(false)).toBe('false');
    expect(describeValue([1])).toBe('a list of 1 item');
    expect(describeValue([1, 2])).toBe('a list of 2 items');
    expect(describeValue({ a: 1 })).toBe('an object');
  });

  it('shortens long text', () => {
    expect(describeValue('x'.repeat(100))).toBe(`the text "${'x'.repeat(40)}…"`);
  });
});

import { describe, expect, it } from 'vitest';
import { describeFound, describeValue } from './describeValue.ts';

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

describe('describeFound', () => {
  it('starts a problem message with the value found, and what it is not', () => {
    expect(describeFound('abc', 'a list of positions')).toBe(
      'is the text "abc", not a list of positions',
    );
    expect(describeFound(null, 'an object')).toBe('is null, not an object');
    expect(describeFound(7)).toBe('is the number 7');
  });

  it('says "is missing" for an absent value, without the "not …" part', () => {
    expect(describeFound(undefined, 'a list of positions')).toBe('is missing');
    expect(describeFound(undefined)).toBe('is missing');
  });
});

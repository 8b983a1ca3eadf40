import { describe, expect, it } from 'vitest';
import { formatValue, groupDigits } from './formatValue.ts';

describe('groupDigits', () => {
  it('groups thousands', () => {
    expect(groupDigits(101848)).toBe('101,848');
    expect(groupDigits(1960)).toBe('1,960');
    expect(groupDigits(90)).toBe('90');
  });
  it('keeps decimals and uses a true minus sign', () => {
    expect(groupDigits(1234.5)).toBe('1,234.5');
    expect(groupDigits(-12)).toBe('−12');
  });
});

describe('formatValue', () => {
  it('prints exact values plainly', () => {
    expect(formatValue({ value: 2900, qualifier: 'exact' })).toBe('2,900');
  });
  it('keeps the reporter’s hedge in words', () => {
    expect(formatValue({ value: 5000, qualifier: 'more-than' })).toBe('more than 5,000');
    expect(formatValue({ value: 143, qualifier: 'at-least' })).toBe('at least 143');
    expect(formatValue({ value: 120000, qualifier: 'about' })).toBe('about 120,000');
  });
  it('shows ranges as ranges', () => {
    expect(formatValue({ value: 202, upper: 207, qualifier: 'exact' })).toBe('202–207');
  });
  it('uses signs in compact form', () => {
    expect(formatValue({ value: 5000, qualifier: 'more-than' }, true)).toBe('> 5,000');
    expect(formatValue({ value: 90000, qualifier: 'about' }, true)).toBe('c. 90,000');
  });
});

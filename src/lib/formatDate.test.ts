import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './formatDate.ts';

describe('formatDate', () => {
  it('writes a day-precision date in full', () =>
    expect(formatDate('2022-04-15')).toBe('15 April 2022'));
  it('keeps month precision', () => expect(formatDate('2021-03')).toBe('March 2021'));
  it('keeps year precision', () => expect(formatDate('2008')).toBe('2008'));
});

describe('formatDateRange', () => {
  it('shares the month and year within one month', () =>
    expect(formatDateRange('2022-03-24', '2022-03-27')).toBe('24–27 March 2022'));
  it('shares the year across months', () =>
    expect(formatDateRange('2023-09-30', '2023-10-20')).toBe('30 September – 20 October 2023'));
  it('writes both ends across years', () =>
    expect(formatDateRange('1988-02-20', '1994-05-12')).toBe('20 February 1988 – 12 May 1994'));
  it('collapses a missing or equal end', () =>
    expect(formatDateRange('2020-11-10')).toBe('10 November 2020'));
});

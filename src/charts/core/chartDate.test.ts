import { describe, expect, it } from 'vitest';
import {
  addDays,
  monthRange,
  monthsBetween,
  daysBetween,
  isPartialDate,
  onOrBefore,
  periodEnd,
  periodMid,
  periodStart,
  precisionOf,
  shortDate,
} from './chartDate.ts';

describe('chartDate', () => {
  it('recognises the three precisions', () => {
    expect(precisionOf('2020-10-03')).toBe('day');
    expect(precisionOf('2020-12')).toBe('month');
    expect(precisionOf('2021')).toBe('year');
    expect(isPartialDate('10/03/2020')).toBe(false);
  });
  it('gives the start, middle and end of a month', () => {
    expect(new Date(periodStart('2020-12')).toISOString()).toBe('2020-12-01T00:00:00.000Z');
    expect(new Date(periodEnd('2020-12')).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(new Date(periodMid('2020-12')).toISOString()).toBe('2020-12-16T12:00:00.000Z');
  });
  it('draws a day-precision date at the start of its day', () => {
    expect(periodMid('2020-10-03')).toBe(periodStart('2020-10-03'));
  });
  it('treats a month-dated value as known from the first of the month', () => {
    expect(onOrBefore('2020-12', '2020-12-01')).toBe(true);
    expect(onOrBefore('2020-12', '2020-11-30')).toBe(false);
    expect(onOrBefore('2020-12-03', '2020-12-03')).toBe(true);
    expect(onOrBefore('2020-12-04', '2020-12')).toBe(true);
  });
  it('counts and adds days across month ends', () => {
    expect(daysBetween('2020-09-27', '2020-11-10')).toBe(44);
    expect(addDays('2020-09-27', 44)).toBe('2020-11-10');
  });
  it('formats at the date’s own precision', () => {
    expect(shortDate('2020-10-03')).toBe('3 Oct');
    expect(shortDate('2020-10-03', true)).toBe('3 Oct 2020');
    expect(shortDate('2021-03')).toBe('Mar 2021');
    expect(shortDate('2021')).toBe('2021');
  });
  it('rejects text that is not a date, naming it', () => {
    expect(() => periodStart('soon')).toThrow(/"soon" is not a date/);
  });
});

describe('monthsBetween', () => {
  it('lists months across a year end', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
  });
  it('gives one month when from equals to, none when reversed', () => {
    expect(monthsBetween('2022-03', '2022-03')).toEqual(['2022-03']);
    expect(monthsBetween('2022-03', '2022-01')).toEqual([]);
  });
});

describe('monthRange', () => {
  it('names one month, a run within a year, and a run across years', () => {
    expect(monthRange('2022-04', '2022-04')).toBe('Apr 2022');
    expect(monthRange('2022-03', '2022-04')).toBe('Mar–Apr 2022');
    expect(monthRange('2021-12', '2022-01')).toBe('Dec 2021 – Jan 2022');
  });
});

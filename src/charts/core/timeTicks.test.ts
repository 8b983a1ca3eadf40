import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from './chartDate.ts';
import { timeTicks } from './timeTicks.ts';

const span = (from: string, to: string, px: number) => {
  const t0 = periodStart(from);
  const t1 = periodEnd(to);
  return timeTicks(t0, t1, (t) => ((t - t0) / (t1 - t0)) * px, 12, 0, px);
};

describe('timeTicks', () => {
  it('marks every quarter start, with its year, where they fit', () => {
    expect(span('2020-11-15', '2021-11', 800).map((t) => t.label)).toEqual([
      'Jan 2021',
      'Apr 2021',
      'Jul 2021',
      'Oct 2021',
    ]);
  });
  it('falls back to evenly spaced years, never an odd mix of quarters, where space is short', () => {
    expect(span('2020-11-15', '2023-11-24', 250).map((t) => t.label)).toEqual([
      '2021',
      '2022',
      '2023',
    ]);
  });
  it('places each tick where the scale puts its date', () => {
    const ticks = span('2021-01', '2021-12', 1200);
    expect(ticks[1]!.x).toBeCloseTo(
      ((periodStart('2021-04') - periodStart('2021-01')) /
        (periodEnd('2021-12') - periodStart('2021-01'))) *
        1200,
    );
  });
  it('offers nothing for a span inside one quarter', () => {
    expect(span('2021-02-03', '2021-03-20', 500)).toEqual([]);
  });
});

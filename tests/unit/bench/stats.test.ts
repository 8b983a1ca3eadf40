import { describe, expect, it } from 'vitest';
import { median, medianRun, percentile } from '../../../scripts/bench/stats.ts';

describe('percentile', () => {
  it('interpolates between closest ranks, so p95 of few samples follows the slowest', () => {
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([10, 20, 30, 40, 1000], 95)).toBeCloseTo(808);
  });
  it('returns the extremes at 0 and 100 whatever the input order', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
  it('has no value for no samples, and rejects a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(/0–100, received 101/);
  });
});

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('medianRun', () => {
  const run = (performance: number, tbt: number | null, tag: string) => ({
    figures: { performance, tbt },
    tag,
  });
  it('takes each figure’s median over the runs, so one disturbed run cannot break a budget', () => {
    const { figures } = medianRun(
      [run(96, 60, 'a'), run(84, 460, 'b'), run(93, 110, 'c')],
      'performance',
    );
    expect(figures).toEqual({ performance: 93, tbt: 110 });
  });
  it('still fails a page that is slow in most runs', () => {
    const { figures } = medianRun(
      [run(96, 60, 'a'), run(84, 460, 'b'), run(85, 430, 'c')],
      'performance',
    );
    expect(figures.tbt).toBe(430);
  });
  it('returns the run nearest the median of the chosen figure, for its audits', () => {
    expect(
      medianRun([run(96, 60, 'a'), run(84, 460, 'b'), run(93, 110, 'c')], 'performance').run.tag,
    ).toBe('c');
  });
  it('leaves a figure no run measured empty, and refuses no runs at all', () => {
    expect(medianRun([run(90, null, 'a')], 'performance').figures.tbt).toBeNull();
    expect(() => medianRun([], 'performance')).toThrow(/at least one run/);
  });
});

import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../scripts/bench/stats.ts';

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

/** Order statistics for benchmark samples (d3-array's, with the bench's range check and null). */
import { quantile } from 'd3-array';

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (d3's and NumPy's),
 * so a p95 over a handful of samples still moves when the slowest sample does. Null when empty.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, received ${p}`);
  return quantile(values, p / 100) ?? null;
}

/** The middle value (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/**
 * Each figure's median over several runs of the same measurement (null where no run measured it),
 * and the run whose `by` figure is that median, for what else it reported. Lighthouse's own advice
 * for a score that varies from run to run: several runs, the median.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 */
export function medianRun<R extends { figures: Record<string, number | null> }>(
  runs: readonly R[],
  by: string,
): { figures: Record<string, number | null>; run: R } {
  if (!runs.length) throw new RangeError('medianRun needs at least one run');
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.figures)))];
  const figures = Object.fromEntries(
    names.map((name) => [
      name,
      median(runs.flatMap((r) => (typeof r.figures[name] === 'number' ? [r.figures[name]] : []))),
    ]),
  );
  const target = figures[by] ?? null;
  const distance = (r: R) =>
    target === null || typeof r.figures[by] !== 'number'
      ? Infinity
      : Math.abs(r.figures[by] - target);
  const run = runs.reduce((best, r) => (distance(r) < distance(best) ? r : best));
  return { figures, run };
}

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

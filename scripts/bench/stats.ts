/** Order statistics for benchmark samples. */

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (NumPy's default),
 * so a p95 over a handful of samples still moves when the slowest sample does. Null when empty.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, received ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The middle value (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

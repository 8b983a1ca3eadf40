import type { Position } from 'geojson';

/**
 * The share (0–1) of a line's vertices that also appear among the vertices of some reference
 * lines, comparing positions rounded to `decimals` places (5 ≈ 1 m). Used to tell whether a
 * line was copied from another dataset's line (share near 1) or drawn new (near 0): sources
 * that copy a border keep its vertices. Returns 0 for an empty line.
 */
export function sharedVertexShare(
  line: readonly Position[],
  reference: readonly (readonly Position[])[],
  decimals: number = 5,
): number {
  if (line.length === 0) return 0;
  const key = (p: Position): string => `${p[0]!.toFixed(decimals)},${p[1]!.toFixed(decimals)}`;
  const known = new Set(reference.flatMap((r) => r.map(key)));
  return line.filter((p) => known.has(key(p))).length / line.length;
}

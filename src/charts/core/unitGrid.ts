/** A square of a unit chart; `fraction` < 1 only for the last one of a count that is not a multiple. */
export interface UnitSquare {
  x: number;
  y: number;
  size: number;
  /** Share of a full unit this square stands for (its width is scaled by it). */
  fraction: number;
}

/** Geometry of a unit grid. */
export interface UnitGridOptions {
  /** How many things one square stands for. */
  per: number;
  size: number;
  gap: number;
  columns: number;
}

/**
 * Squares for `value` things at `per` a square, filled row by row in `columns` columns from (x, y).
 * A remainder becomes a narrower last square, so 1,965 at 10 a square shows 196½ squares: the
 * picture never rounds a reported number.
 */
export function unitGrid(
  value: number,
  x: number,
  y: number,
  o: UnitGridOptions,
): { squares: UnitSquare[]; height: number } {
  const full = Math.floor(value / o.per);
  const rest = value / o.per - full;
  const count = full + (rest > 1e-9 ? 1 : 0);
  const pitch = o.size + o.gap;
  const squares = Array.from({ length: count }, (_, i) => ({
    x: x + (i % o.columns) * pitch,
    y: y + Math.floor(i / o.columns) * pitch,
    size: o.size,
    fraction: i < full ? 1 : rest,
  }));
  const rows = Math.ceil(count / o.columns);
  return { squares, height: rows ? rows * pitch - o.gap : 0 };
}

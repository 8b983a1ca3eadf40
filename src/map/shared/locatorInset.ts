/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 * The locator inset: the region between Russia, Turkey, Iran and the Caspian, in a plain
 * equirectangular frame (lon scaled by cos 40.5°), with a box where the map is looking.
 */

/** The region the inset shows, degrees, and its size, px. */
export const LOCATOR = {
  west: 39,
  east: 51.5,
  south: 36.5,
  north: 44,
  width: 104,
} as const;

const K = Math.cos((40.5 * Math.PI) / 180);

/** Height of the inset, px, from its width and the region's shape. */
export const LOCATOR_HEIGHT = Math.round(
  (LOCATOR.width * (LOCATOR.north - LOCATOR.south)) / ((LOCATOR.east - LOCATOR.west) * K),
);

/** A lon/lat in the inset's px. */
export function locatorProject([lon, lat]: readonly [number, number]): [number, number] {
  const x = ((lon - LOCATOR.west) / (LOCATOR.east - LOCATOR.west)) * LOCATOR.width;
  const y = ((LOCATOR.north - lat) / (LOCATOR.north - LOCATOR.south)) * LOCATOR_HEIGHT;
  return [x, y];
}

/** The view box [[west, south], [east, north]] in the inset's px, never smaller than 6 px. */
export function locatorRect(
  bounds: readonly [readonly [number, number], readonly [number, number]],
): { x: number; y: number; width: number; height: number } {
  const [x0, y1] = locatorProject([bounds[0][0], bounds[0][1]]);
  const [x1, y0] = locatorProject([bounds[1][0], bounds[1][1]]);
  const min = 6;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const width = Math.max(min, x1 - x0);
  const height = Math.max(min, y1 - y0);
  const r = (n: number) => Number(n.toFixed(1));
  return { x: r(cx - width / 2), y: r(cy - height / 2), width: r(width), height: r(height) };
}

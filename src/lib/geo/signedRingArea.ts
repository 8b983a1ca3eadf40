import type { Position } from 'geojson';

/**
 * Planar signed area of a ring in square degrees (shoelace formula on lon/lat):
 * positive when the ring runs counter-clockwise, negative when clockwise, zero when it has no
 * area. Only the sign and zero-ness are meant to be used; for real areas use `areaKm2`.
 */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum / 2;
}

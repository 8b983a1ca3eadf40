import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaKm2 } from './areaKm2.ts';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('areaKm2', () => {
  it('gives about 12,364 km² for a 1° × 1° cell at the equator', () => {
    // R² · (π/180) · sin(1°) with R = 6,371.0088 km
    expect(areaKm2(square(0, 0, 1))).toBeCloseTo(12_364, -1);
  });

  it('shrinks a 1° cell with the cosine of latitude (about 9,402 km² at 40° N)', () => {
    // R² · (π/180) · (sin 41° − sin 40°)
    expect(areaKm2(square(46, 40, 1))).toBeCloseTo(9_402, -1);
  });

  it('does not depend on ring winding', () => {
    const ccw = square(46, 39, 0.5);
    const cw: Polygon = { type: 'Polygon', coordinates: [[...ccw.coordinates[0]!].reverse()] };
    expect(areaKm2(cw)).toBeCloseTo(areaKm2(ccw), 6);
  });

  it('subtracts holes', () => {
    const outer = square(0, 0, 1).coordinates[0]!;
    const hole = [...square(0.25, 0.25, 0.5).coordinates[0]!].reverse();
    const withHole: Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    expect(areaKm2(withHole)).toBeCloseTo(
      areaKm2(square(0, 0, 1)) - areaKm2(square(0.25, 0.25, 0.5)),
      3,
    );
  });

  it('counts lines and points as zero', () => {
    expect(
      areaKm2({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toBe(0);
    expect(areaKm2({ type: 'Point', coordinates: [46, 40] })).toBe(0);
  });

  it('sums every feature of a collection', () => {
    const one = { type: 'Feature' as const, properties: {}, geometry: square(0, 0, 1) };
    expect(areaKm2({ type: 'FeatureCollection', features: [one, one] })).toBeCloseTo(
      2 * 12_364,
      -1,
    );
  });
});

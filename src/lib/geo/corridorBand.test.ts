import { describe, expect, it } from 'vitest';
import { bbox, booleanPointInPolygon, booleanClockwise, destination } from '@turf/turf';
import type { LineString } from 'geojson';
import { corridorBand } from './corridorBand.ts';
import { areaKm2 } from './areaKm2.ts';

// a straight 10 km road running due north from near Lachin
const start = [46.55, 39.6];
const end = destination(start, 10, 0, { units: 'kilometers' }).geometry.coordinates;
const road: LineString = { type: 'LineString', coordinates: [start, end] };
const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

describe('corridorBand', () => {
  it('makes a band 5 km wide from a half-width of 2.5 km', () => {
    const [west, , east] = bbox(corridorBand(road, 2.5));
    const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((39.645 * Math.PI) / 180);
    expect((east - west) * kmPerDegreeLon).toBeCloseTo(5, 1);
  });

  it('extends 2.5 km past each end with a rounded cap', () => {
    const [, south, , north] = bbox(corridorBand(road, 2.5));
    expect((north - south) * KM_PER_DEGREE_LAT).toBeCloseTo(15, 1);
  });

  it('covers about length × width plus one full circle of cap (≈ 69.6 km²)', () => {
    // 10 × 5 + π · 2.5²; the cap is drawn as a 32-sided polygon, 0.6% smaller than a circle
    expect(areaKm2(corridorBand(road, 2.5))).toBeCloseTo(69.6, 0);
  });

  it('contains points 2 km off the road and excludes points 3 km off', () => {
    const mid = destination(start, 5, 0, { units: 'kilometers' });
    const band = corridorBand(road, 2.5);
    expect(booleanPointInPolygon(destination(mid, 2, 90, { units: 'kilometers' }), band)).toBe(
      true,
    );
    expect(booleanPointInPolygon(destination(mid, 2, 270, { units: 'kilometers' }), band)).toBe(
      true,
    );
    expect(booleanPointInPolygon(destination(mid, 3, 90, { units: 'kilometers' }), band)).toBe(
      false,
    );
  });

  it('winds the outer ring counter-clockwise (RFC 7946)', () => {
    expect(booleanClockwise(corridorBand(road, 2.5).geometry.coordinates[0]!)).toBe(false);
  });

  it('follows a bent route without gaps at the bend', () => {
    const bent: LineString = {
      type: 'LineString',
      coordinates: [
        [46.53, 39.55],
        [46.54, 39.64],
        [46.75, 39.82],
      ],
    };
    const band = corridorBand(bent, 2.5);
    expect(band.geometry.coordinates).toHaveLength(1);
    expect(booleanPointInPolygon([46.54, 39.64], band)).toBe(true);
  });

  it('rejects a zero, negative or missing half-width, naming the value received', () => {
    expect(() => corridorBand(road, 0)).toThrow(/received 0/);
    expect(() => corridorBand(road, -1)).toThrow(/received -1/);
    expect(() => corridorBand(road, Number.NaN)).toThrow(/received NaN/);
  });

  it('rejects a route with a single position', () => {
    expect(() => corridorBand({ type: 'LineString', coordinates: [[46, 40]] }, 2.5)).toThrow(
      /at least 2/,
    );
  });
});

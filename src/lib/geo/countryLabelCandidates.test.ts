import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { AREA_REACH_KM, countryLabelCandidates } from './countryLabelCandidates.ts';

const square = (w: number, s: number, e: number, n: number, properties = {}) => ({
  type: 'Feature' as const,
  properties,
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});
const collection = (...features: ReturnType<typeof square>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
// Azerbaijan as a 2°×2° square, with a held area in its western half.
const countries = collection(square(45, 39, 47, 41, { iso: 'AZ' }));
const held = collection(square(45.5, 39.5, 46, 40.5));

describe('countryLabelCandidates', () => {
  const [az] = countryLabelCandidates(countries, {
    box: [45, 39, 47, 41],
    areas: { 'held-2020-2023': held },
  });
  const near = (lon: number, lat: number) =>
    az!.points.find((p) => p[0] === lon && p[1] === lat)?.[3]?.['held-2020-2023'];

  it('marks the points inside an area with 0 and those near it with their distance, km', () => {
    expect(near(45.625, 39.875)).toBe(0);
    const outside = near(46.125, 39.875);
    expect(outside).toBeGreaterThan(0);
    expect(outside).toBeLessThan(15);
    // Far from the area (about 75 km): no distance carried.
    expect(az!.points.some((p) => p[0] === 46.875 && p[1] === 40.875)).toBe(true);
    expect(near(46.875, 40.875)).toBeUndefined();
    for (const p of az!.points)
      expect(p[3]?.['held-2020-2023'] ?? 0).toBeLessThanOrEqual(AREA_REACH_KM);
  });

  it('adds finer points only near an area, where close-ups need a spot beside it', () => {
    const fine = az!.points.filter((p) => ((p[0] - 45.125) / 0.25) % 1 !== 0);
    expect(fine.length).toBeGreaterThan(0);
    for (const p of fine) expect(p[3]).toBeDefined();
  });

  it('gives the plain grid without areas, as before', () => {
    const [plain] = countryLabelCandidates(countries, { box: [45, 39, 47, 41] });
    expect(plain!.points.every((p) => p.length === 3)).toBe(true);
    expect(plain!.points.every((p) => ((p[0] - 45.125) / 0.25) % 1 === 0)).toBe(true);
  });
});

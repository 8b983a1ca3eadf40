import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lineDistance } from './lineDistance.ts';

const part = (coords: [number, number][], approximate: boolean) => ({
  type: 'Feature' as const,
  properties: { approximate },
  geometry: { type: 'LineString' as const, coordinates: coords },
});
const line: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    part(
      [
        [46, 40],
        [46.2, 40],
      ],
      false,
    ),
    part(
      [
        [46.5, 40],
        [46.7, 40],
      ],
      true,
    ),
  ],
};

describe('lineDistance', () => {
  it('measures to the nearest part and reports whether that part is approximate', () => {
    const near = lineDistance([46.1, 40.01], line)!;
    expect(near.km).toBeCloseTo(1.11, 1);
    expect(near.approximate).toBe(false);
    expect(lineDistance([46.6, 40.01], line)!.approximate).toBe(true);
  });
  it('gives (nearly) zero on the line: a segment is a great-circle arc, a few metres off the parallel', () => {
    expect(lineDistance([46.1, 40], line)!.km).toBeLessThan(0.01);
  });
  it('returns undefined for an empty collection', () => {
    expect(lineDistance([46, 40], { type: 'FeatureCollection', features: [] })).toBeUndefined();
  });
});

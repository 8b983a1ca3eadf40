import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindForD3 } from './rewindForD3.ts';

// A 1°×1° box wound counter-clockwise, as RFC 7946 (and our data files) require.
const box: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [46, 39],
        [47, 39],
        [47, 40],
        [46, 40],
        [46, 39],
      ],
    ],
  },
};

describe('rewindForD3', () => {
  it('turns an RFC 7946 polygon into one d3 measures as small, not as the rest of the globe', () => {
    expect(geoArea(box)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewindForD3(box))).toBeLessThan(0.001);
  });
  it('does not change the input', () => {
    const before = JSON.stringify(box);
    rewindForD3(box);
    expect(JSON.stringify(box)).toBe(before);
  });
  it('leaves lines alone', () => {
    const line: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [46, 39],
          [47, 40],
        ],
      },
    };
    expect(rewindForD3(line)).toBe(line);
  });
});

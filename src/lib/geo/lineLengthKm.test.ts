import { describe, expect, it } from 'vitest';
import { lineLengthKm } from './lineLengthKm.ts';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180; // 111.195 km along a great circle

describe('lineLengthKm', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    const km = lineLengthKm({
      type: 'LineString',
      coordinates: [
        [46, 39],
        [46, 40],
      ],
    });
    expect(km).toBeCloseTo(KM_PER_DEGREE, 2);
  });

  it('measures one degree of longitude at 40° N as about 85.2 km', () => {
    // a great circle between the two points, slightly shorter than the parallel (85.18 km)
    const km = lineLengthKm({
      type: 'LineString',
      coordinates: [
        [46, 40],
        [47, 40],
      ],
    });
    expect(km).toBeGreaterThan(85.1);
    expect(km).toBeLessThan(85.2);
  });

  it('adds up the parts of a MultiLineString', () => {
    const km = lineLengthKm({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [1, 1],
        ],
      ],
    });
    expect(km).toBeCloseTo(2 * KM_PER_DEGREE, 2);
  });

  it('adds up the features of a collection', () => {
    const leg = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [0, 0],
          [0, 1],
        ],
      },
    };
    expect(lineLengthKm({ type: 'FeatureCollection', features: [leg, leg] })).toBeCloseTo(
      2 * KM_PER_DEGREE,
      2,
    );
  });

  it('gives zero for a single point', () => {
    expect(lineLengthKm({ type: 'Point', coordinates: [46, 40] })).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { distanceToLineKm } from './distanceToLineKm.ts';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const equator: LineString = {
  type: 'LineString',
  coordinates: [
    [0, 0],
    [2, 0],
  ],
};

describe('distanceToLineKm', () => {
  it('measures a point one degree north of the middle of an equator segment as about 111.2 km', () => {
    expect(distanceToLineKm([1, 1], equator)).toBeCloseTo(KM_PER_DEGREE, 1);
  });

  it('gives zero for a point on the line between two vertices', () => {
    expect(distanceToLineKm([0.5, 0], equator)).toBeCloseTo(0, 6);
  });

  it('measures to the end point when the point lies beyond the end of the line', () => {
    expect(distanceToLineKm([3, 0], equator)).toBeCloseTo(KM_PER_DEGREE, 1);
  });

  it('uses the nearest part of a MultiLineString', () => {
    const km = distanceToLineKm([1, 0.1], {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 5],
          [2, 5],
        ],
        [
          [0, 0],
          [2, 0],
        ],
      ],
    });
    expect(km).toBeCloseTo(0.1 * KM_PER_DEGREE, 1);
  });

  it('finds Shusha about 0.31 km west of a north–south line through Stepanakert', () => {
    // gazetteer: Stepanakert 39.81528 N 46.75194 E, Shusha 39.7583 N 46.7483 E
    const meridian: LineString = {
      type: 'LineString',
      coordinates: [
        [46.75194, 39.7],
        [46.75194, 39.9],
      ],
    };
    // only the 0.00364° of longitude separates Shusha from that line: 0.00364 · 111.195 · cos 39.76°
    expect(distanceToLineKm([46.7483, 39.7583], meridian)).toBeCloseTo(0.311, 2);
  });

  it('accepts a feature as well as a bare geometry', () => {
    const feature = { type: 'Feature' as const, properties: {}, geometry: equator };
    expect(distanceToLineKm([1, 1], feature)).toBeCloseTo(distanceToLineKm([1, 1], equator), 9);
  });
});

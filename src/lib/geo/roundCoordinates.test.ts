import { describe, expect, it } from 'vitest';
import type { Geometry, Polygon } from 'geojson';
import { roundCoordinates } from './roundCoordinates.ts';

describe('roundCoordinates', () => {
  it('rounds to the requested number of decimals and prints back short', () => {
    const out = roundCoordinates({ type: 'Point', coordinates: [46.7519412345, 39.8152867891] }, 5);
    expect(out).toEqual({ type: 'Point', coordinates: [46.75194, 39.81529] });
    expect(JSON.stringify(out)).toBe('{"type":"Point","coordinates":[46.75194,39.81529]}');
  });

  it('drops positions that rounding made equal to the previous one', () => {
    const out = roundCoordinates(
      {
        type: 'LineString',
        coordinates: [
          [46.000001, 40],
          [46.000002, 40],
          [46.1, 40],
        ],
      },
      5,
    );
    expect(out).toEqual({
      type: 'LineString',
      coordinates: [
        [46, 40],
        [46.1, 40],
      ],
    });
  });

  it('returns null for a line that collapses to one position', () => {
    expect(
      roundCoordinates(
        {
          type: 'LineString',
          coordinates: [
            [46.000001, 40],
            [46.000002, 40],
          ],
        },
        5,
      ),
    ).toBeNull();
  });

  it('keeps a polygon ring closed after rounding', () => {
    const out = roundCoordinates(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0.000001, 0.000001],
          ],
        ],
      },
      5,
    ) as Polygon;
    const ring = out.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring).toHaveLength(5);
  });

  it('drops a hole that rounding squashed to nothing but keeps the outer ring', () => {
    const tinyHole = [
      [0.5, 0.5],
      [0.500001, 0.5],
      [0.500001, 0.500001],
      [0.5, 0.5],
    ];
    const out = roundCoordinates(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
          tinyHole,
        ],
      },
      5,
    ) as Polygon;
    expect(out.coordinates).toHaveLength(1);
  });

  it('drops squashed polygons from a MultiPolygon and returns null when none are left', () => {
    const sliver = [
      [
        [0, 0],
        [0.000001, 0],
        [0.000001, 0.000001],
        [0, 0],
      ],
    ];
    const square = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    expect(roundCoordinates({ type: 'MultiPolygon', coordinates: [sliver, square] }, 5)).toEqual({
      type: 'MultiPolygon',
      coordinates: [square],
    });
    expect(roundCoordinates({ type: 'MultiPolygon', coordinates: [sliver] }, 5)).toBeNull();
  });

  it('does not change its input', () => {
    const input: Geometry = {
      type: 'LineString',
      coordinates: [
        [46.123456, 40.123456],
        [47, 41],
      ],
    };
    const copy = structuredClone(input);
    roundCoordinates(input, 3);
    expect(input).toEqual(copy);
  });
});

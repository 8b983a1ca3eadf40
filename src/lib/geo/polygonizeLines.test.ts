import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import { polygonizeLines } from './polygonizeLines.ts';

// one-degree boxes at the equator cover about 12,364 km² each
const CELL_KM2 = 12_364;

describe('polygonizeLines', () => {
  it('closes four sides drawn as separate lines into one square', () => {
    const { faces } = polygonizeLines(
      [
        [
          [0, 0],
          [1, 0],
        ],
        [
          [1, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [0, 1],
        ],
        [
          [0, 1],
          [0, 0],
        ],
      ],
      0,
    );
    expect(faces).toHaveLength(1);
    expect(faces[0]!.areaKm2).toBeCloseTo(CELL_KM2, -1);
    expect(booleanClockwise(faces[0]!.polygon.coordinates[0]!)).toBe(false);
  });

  it('splits a box crossed by a line into two faces, largest first', () => {
    const { faces } = polygonizeLines(
      [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [0, 1],
          [0, 0],
        ],
        [
          [1.5, -0.5],
          [1.5, 1.5],
        ], // crosses both long sides and sticks out at both ends
      ],
      0,
    );
    expect(faces.map((f) => Math.round(f.areaKm2 / 1000))).toEqual([19, 6]);
  });

  it('counts a stretch drawn twice (two lines following the same border) once', () => {
    const { faces } = polygonizeLines(
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
        [
          [1, 0],
          [1, 1],
        ], // the east side again, as a separate line
      ],
      0,
    );
    expect(faces).toHaveLength(1);
  });

  it('joins a 56 m gap when allowed to snap 0.1 km, and reports the snap', () => {
    const lines = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      [
        [-0.0005, 1],
        [0, 0],
      ], // starts 56 m west of where the first line ends
    ];
    const snapped = polygonizeLines(lines, 0.1);
    expect(snapped.faces).toHaveLength(1);
    expect(snapped.snaps).toHaveLength(1);
    expect(snapped.snaps[0]!.km).toBeCloseTo(0.0556, 3);
    expect(polygonizeLines(lines, 0.01).faces).toHaveLength(0);
  });

  it('ignores loose ends sticking out of a closed face', () => {
    const { faces } = polygonizeLines(
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
        [
          [1, 1],
          [1.5, 1.5],
        ],
      ],
      0,
    );
    expect(faces).toHaveLength(1);
    expect(faces[0]!.areaKm2).toBeCloseTo(CELL_KM2, -1);
  });

  it('returns no faces for lines that enclose nothing, or no lines', () => {
    expect(
      polygonizeLines(
        [
          [
            [0, 0],
            [1, 1],
            [2, 0],
          ],
        ],
        0,
      ).faces,
    ).toEqual([]);
    expect(polygonizeLines([], 0).faces).toEqual([]);
  });
});

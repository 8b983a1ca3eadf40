import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { simplify, simplifyFilter, simplifyRing } from './simplifyFilter.ts';

const identity = geoIdentity();
const simplified = geoPath({ stream: (out) => identity.stream(simplifyFilter(out, 0.5)) });

describe('simplify (Douglas–Peucker)', () => {
  it('drops the points of a nearly straight stretch however far apart, keeping both ends', () => {
    expect(
      simplify(
        [
          [0, 0],
          [10, 0.2],
          [20, -0.3],
          [30, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [30, 0],
    ]);
  });

  it('keeps a corner that bends the line by more than the tolerance, however close', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 0],
          [1.1, 1],
          [1.2, 10],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1.2, 10],
    ]);
  });

  it('never collapses a ring to a segment', () => {
    const ring: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ];
    expect(simplifyRing(ring, 5)).toHaveLength(3);
    expect(simplifyRing(ring, 0.1)).toEqual(ring);
  });
});

describe('simplifyFilter', () => {
  it('simplifies lines in a d3-geo stream', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [5, 0.1],
        [10, 0],
        [10, 10],
      ],
    };
    expect(simplified(line)).toBe('M0,0L10,0L10,10');
  });

  it('keeps a square intact and drops points along its edges', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 5],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    };
    expect(simplified(square)).toBe('M0,0L0,10L10,10L10,0Z');
  });
});

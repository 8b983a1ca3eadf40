import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { pixelFilter } from './pixelFilter.ts';

const identity = geoIdentity();
const filtered = geoPath({ stream: (out) => identity.stream(pixelFilter(out, 1)) });
const plain = geoPath(identity);

describe('pixelFilter', () => {
  it('drops points closer than a pixel but keeps a line’s last point', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [0.2, 0],
        [0.4, 0],
        [5, 0],
        [5.3, 0],
      ],
    };
    expect(filtered(line)).toBe('M0,0L5,0L5.3,0');
    expect(plain(line)).toBe('M0,0L0.2,0L0.4,0L5,0L5.3,0');
  });

  it('keeps a polygon that is larger than a pixel intact in shape', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    };
    expect(filtered(square)).toBe(plain(square));
  });
});

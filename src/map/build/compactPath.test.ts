import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPath } from './compactPath.ts';

/**
 * Reads a path the way SVG does (absolute and relative M/L/Z, implicit repeats: after M/m extra
 * pairs are L/l) into absolute points in tenths, with "Z" marking where a ring closes.
 */
function absolutePoints(d: string): (string | [number, number])[] {
  const tokens = d.match(/[MLZmlz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const out: (string | [number, number])[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let command = '';
  for (let i = 0; i < tokens.length;) {
    if (/^[MLZmlz]$/.test(tokens[i]!)) command = tokens[i++]!;
    if (command === 'Z' || command === 'z') {
      out.push('Z');
      cx = sx;
      cy = sy;
      continue;
    }
    const x = Number(tokens[i++]);
    const y = Number(tokens[i++]);
    const relative = command === command.toLowerCase();
    cx = relative ? cx + x : x;
    cy = relative ? cy + y : y;
    if (command === 'M' || command === 'm') {
      sx = cx;
      sy = cy;
      out.push('M');
      command = relative ? 'l' : 'L';
    }
    // (`|| 0`: a sum that lands on -0 is the same point as 0.)
    out.push([Math.round(cx * 10) || 0, Math.round(cy * 10) || 0]);
  }
  return out;
}

describe('compactPath', () => {
  it('writes relative moves with implicit repeats and no needless separators', () => {
    expect(compactPath('M147.6,-8L146.2,-3.7L140.9,2.8Z')).toBe('M147.6-8l-1.4 4.3-5.3 6.5z');
    expect(compactPath('M0,0L0.5,0L1,1ZM10,10L11,10Z')).toBe('M0 0l.5 0 .5 1zm10 10 1 0z');
  });

  it('leaves paths with other commands alone', () => {
    expect(compactPath('M0,0A3,3,0,1,1,0,6Z')).toBe('M0,0A3,3,0,1,1,0,6Z');
    expect(compactPath('')).toBe('');
  });

  it('draws exactly the same points, to the tenth, however long the path', () => {
    const coord = fc.integer({ min: -20000, max: 20000 }).map((t) => t / 10);
    const ring = fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ring, fc.boolean()), { minLength: 1, maxLength: 5 }),
        (parts) => {
          const d = parts
            .map(
              ([points, closed]) =>
                points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('') +
                (closed ? 'Z' : ''),
            )
            .join('');
          const compact = compactPath(d);
          expect(absolutePoints(compact)).toEqual(absolutePoints(d));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { sharedVertexShare } from './sharedVertexShare.ts';

const border = [
  [46.1, 40.1],
  [46.2, 40.15],
  [46.3, 40.1],
  [46.4, 40.2],
];

describe('sharedVertexShare', () => {
  it('is 1 for a line copied from the reference, even as a sub-run', () => {
    expect(sharedVertexShare(border.slice(1, 3), [border])).toBe(1);
  });

  it('is 0 for a line drawn independently', () => {
    expect(
      sharedVertexShare(
        [
          [46.15, 40],
          [46.35, 40],
        ],
        [border],
      ),
    ).toBe(0);
  });

  it('counts the shared ends of a new line that starts and ends on the reference', () => {
    expect(
      sharedVertexShare(
        [
          [46.1, 40.1],
          [46.2, 40],
          [46.3, 40.1],
        ],
        [border],
      ),
    ).toBeCloseTo(2 / 3, 9);
  });

  it('treats positions equal to 5 decimals as the same vertex (re-rounded releases)', () => {
    expect(sharedVertexShare([[46.1000004, 40.0999996]], [border])).toBe(1);
    expect(sharedVertexShare([[46.10004, 40.1]], [border])).toBe(0);
  });

  it('is 0 for an empty line', () => {
    expect(sharedVertexShare([], [border])).toBe(0);
  });
});

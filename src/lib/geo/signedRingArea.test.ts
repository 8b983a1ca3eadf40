import { describe, expect, it } from 'vitest';
import { signedRingArea } from './signedRingArea.ts';

const ccw = [
  [0, 0],
  [2, 0],
  [2, 1],
  [0, 1],
  [0, 0],
];

describe('signedRingArea', () => {
  it('is positive for a counter-clockwise ring, with the area in square degrees', () => {
    expect(signedRingArea(ccw)).toBe(2);
  });

  it('is negative for a clockwise ring', () => {
    expect(signedRingArea([...ccw].reverse())).toBe(-2);
  });

  it('is zero when all positions lie on one line', () => {
    expect(
      signedRingArea([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe(0);
  });

  it('is zero for an empty ring', () => {
    expect(signedRingArea([])).toBe(0);
  });
});

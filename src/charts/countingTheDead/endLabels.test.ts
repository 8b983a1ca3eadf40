import { describe, expect, it } from 'vitest';
import { placeEndLabels, type EndLabelWish } from './endLabels.ts';

const bounds = { minY: 0, maxY: 300, maxX: 400, lineHeight: 14 };
const wish = (x: number, y: number, width = 40, lines = 1): EndLabelWish => ({
  x0: x - 4,
  x1: x + 4,
  y,
  width,
  lines,
});

describe('placeEndLabels', () => {
  it('puts a label just right of the end of its line, level with it', () => {
    const [a] = placeEndLabels([wish(100, 150)], bounds);
    expect(a).toEqual({ x: 110, top: 143, anchor: 'start' });
  });
  it('puts a label left of its end where the right side has no room', () => {
    const [a] = placeEndLabels([wish(380, 150)], bounds);
    expect(a!.anchor).toBe('end');
    expect(a!.x).toBe(370);
  });
  it('moves apart labels that would overlap, and only those', () => {
    const [a, b, c] = placeEndLabels([wish(100, 150), wish(110, 152), wish(300, 151)], bounds);
    expect(Math.abs(a!.top - b!.top)).toBeGreaterThanOrEqual(14);
    expect(c!.top).toBeCloseTo(151 - 7);
  });
  it('gives a two-line label the height of two lines', () => {
    const [a, b] = placeEndLabels([wish(100, 150, 40, 2), wish(100, 160)], bounds);
    expect(b!.top - a!.top).toBeGreaterThanOrEqual(28);
  });
});

import { describe, expect, it } from 'vitest';
import { unitGrid } from './unitGrid.ts';

const o = { per: 10, size: 8, gap: 2, columns: 5 };

describe('unitGrid', () => {
  it('draws one square per unit, row by row', () => {
    const { squares, height } = unitGrid(70, 0, 0, o);
    expect(squares).toHaveLength(7);
    expect(squares[5]).toEqual({ x: 0, y: 10, size: 8, fraction: 1 });
    expect(height).toBe(18);
  });
  it('draws a remainder as a part-square, never rounding the number away', () => {
    const { squares } = unitGrid(1965, 0, 0, { ...o, columns: 50 });
    expect(squares).toHaveLength(197);
    expect(squares[196]!.fraction).toBeCloseTo(0.5);
    expect(squares.reduce((a, s) => a + s.fraction, 0) * 10).toBeCloseTo(1965);
  });
  it('draws nothing for zero', () => {
    expect(unitGrid(0, 0, 0, o)).toEqual({ squares: [], height: 0 });
  });
  it('draws a single part-square for less than one unit', () => {
    const { squares } = unitGrid(3, 5, 5, o);
    expect(squares).toEqual([{ x: 5, y: 5, size: 8, fraction: 0.3 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { flowLayout } from './flowLayout.ts';

describe('flowLayout', () => {
  it('puts items side by side while they fit', () => {
    expect(flowLayout([50, 50], 200, 10)).toEqual([
      { x: 0, row: 0 },
      { x: 60, row: 0 },
    ]);
  });
  it('wraps to a new row when the next item would not fit', () => {
    expect(flowLayout([120, 120, 50], 200, 10).map((p) => p.row)).toEqual([0, 1, 1]);
  });
  it('gives an item wider than the row a row of its own', () => {
    expect(flowLayout([300, 20], 200, 10)).toEqual([
      { x: 0, row: 0 },
      { x: 0, row: 1 },
    ]);
  });
});

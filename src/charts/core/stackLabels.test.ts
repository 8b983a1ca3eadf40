import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowCount, stackLabels, type StackItem } from './stackLabels.ts';

const item = (x: number, width = 40, lines = 1): StackItem => ({ x, width, lines });

/** Rows [row, top] of each label. */
const spans = (items: StackItem[], out: ReturnType<typeof stackLabels>) =>
  out.map((o, i) => ({ ...o, top: o.row + items[i]!.lines - 1, x: items[i]!.x }));

describe('stackLabels', () => {
  it('puts labels that fit side by side in the first row, to the right of their points', () => {
    const out = stackLabels([item(10), item(100)], 0, 300);
    expect(out.map((o) => [o.row, o.side])).toEqual([
      [0, 'right'],
      [0, 'right'],
    ]);
  });
  it('lifts the label whose box spans a neighbour’s stem above that neighbour', () => {
    const out = stackLabels([item(10), item(30)], 0, 300);
    expect(out.map((o) => o.row)).toEqual([1, 0]);
  });
  it('turns a label to the left of its point near the right edge', () => {
    const [out] = stackLabels([item(290)], 0, 300);
    expect(out).toEqual({ row: 0, side: 'left', x0: 250, x1: 290 });
  });
  it('puts a long label at the right edge above the stems it spans', () => {
    const items = [item(200, 40), item(250, 40), item(295, 200)];
    const out = stackLabels(items, 0, 300);
    expect(out[2]!.side).toBe('left');
    expect(out[2]!.row).toBeGreaterThan(Math.max(out[0]!.row, out[1]!.row));
  });
  it('gives a two-line label two free rows', () => {
    const items = [item(10, 40, 2), item(100, 40, 1)];
    const out = stackLabels(items, 0, 300);
    expect(rowCount(items, out)).toBe(2);
  });
  it('counts no rows for no labels', () => {
    expect(stackLabels([], 0, 100)).toEqual([]);
    expect(rowCount([], [])).toBe(0);
  });
  it('never overlaps labels sharing a row, and keeps them inside (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 300 }),
            width: fc.integer({ min: 5, max: 140 }),
            lines: fc.integer({ min: 1, max: 3 }),
          }),
          { maxLength: 12 },
        ),
        (items) => {
          const out = stackLabels(items, 0, 300, 4);
          for (const o of out) {
            expect(o.x0).toBeGreaterThanOrEqual(0);
            expect(o.x1).toBeLessThanOrEqual(300);
          }
          const s = spans(items, out);
          for (let i = 0; i < s.length; i++)
            for (let j = i + 1; j < s.length; j++) {
              const a = s[i]!;
              const b = s[j]!;
              const shareRow = a.row <= b.top && b.row <= a.top;
              if (shareRow) expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0).toBe(true);
            }
        },
      ),
    );
  });
  it('runs no stem through a label when points are spread out (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), (slots) => {
        // Right-side labels only (all fit), points at least 10 px apart: always solvable.
        const items = slots.map((s) => item(s * 10, 25));
        const s = spans(items, stackLabels(items, 0, 1000, 4));
        for (const a of s)
          for (const b of s)
            if (a !== b && b.x >= a.x0 - 3 && b.x <= a.x1 + 3) expect(a.row).toBeGreaterThan(b.top);
      }),
    );
  });
});

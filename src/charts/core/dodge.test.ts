import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodge } from './dodge.ts';

describe('dodge', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(
      dodge(
        [
          { y: 0, height: 10 },
          { y: 20, height: 10 },
        ],
        0,
        100,
      ),
    ).toEqual([0, 20]);
  });
  it('pushes an overlapping label down by the least amount', () => {
    expect(
      dodge(
        [
          { y: 10, height: 10 },
          { y: 12, height: 10 },
        ],
        0,
        100,
        2,
      ),
    ).toEqual([10, 22]);
  });
  it('pulls labels back up when they would run past the bottom', () => {
    expect(
      dodge(
        [
          { y: 88, height: 10 },
          { y: 90, height: 10 },
        ],
        0,
        100,
        0,
      ),
    ).toEqual([80, 90]);
  });
  it('keeps input order in its result even when labels are given out of order', () => {
    const tops = dodge(
      [
        { y: 50, height: 10 },
        { y: 0, height: 10 },
      ],
      0,
      100,
    );
    expect(tops[1]).toBe(0);
    expect(tops[0]).toBe(50);
  });
  it('handles no labels and a single label', () => {
    expect(dodge([], 0, 10)).toEqual([]);
    expect(dodge([{ y: -5, height: 4 }], 0, 10)).toEqual([0]);
  });
  it('never lets two labels overlap, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            y: fc.integer({ min: -50, max: 300 }),
            height: fc.integer({ min: 1, max: 30 }),
          }),
          {
            maxLength: 12,
          },
        ),
        (items) => {
          const tops = dodge(items, 0, 200, 1);
          const boxes = items
            .map((it, i) => [tops[i]!, tops[i]! + it.height] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++)
            expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
          for (const [top] of boxes) expect(top).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

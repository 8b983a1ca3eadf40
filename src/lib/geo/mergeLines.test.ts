import { describe, expect, it } from 'vitest';
import { mergeLines } from './mergeLines.ts';

describe('mergeLines', () => {
  it('joins pieces given out of order and in either direction into one line', () => {
    const merged = mergeLines([
      [
        [2, 0],
        [3, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [2, 0],
        [1, 0],
      ], // reversed
    ]);
    expect(merged).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ],
    ]);
  });

  it('keeps separate lines that do not touch apart', () => {
    expect(
      mergeLines([
        [
          [0, 0],
          [1, 0],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ]),
    ).toHaveLength(2);
  });

  it('does not join across a point where three lines meet', () => {
    const merged = mergeLines([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(merged).toHaveLength(3);
  });

  it('joins a loop back to itself without repeating pieces', () => {
    const merged = mergeLines([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 0],
      ],
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveLength(4);
  });

  it('does not change its input', () => {
    const input = [
      [
        [2, 0],
        [1, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
    ];
    const copy = structuredClone(input);
    mergeLines(input);
    expect(input).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { snapLineEnds } from './snapLineEnds.ts';

// 0.0005° of latitude ≈ 56 m
const west = [
  [46, 40],
  [46.1, 40],
];
const eastShort = [
  [46.1, 40.0005],
  [46.2, 40],
];

describe('snapLineEnds', () => {
  it('closes a 56 m gap between two lines that should meet', () => {
    const { lines, snaps } = snapLineEnds([west, eastShort], 0.1);
    expect(lines[0]![1]).toEqual(lines[1]![0]);
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ line: 0, end: 'end', from: [46.1, 40], to: [46.1, 40.0005] });
    expect(snaps[0]!.km).toBeCloseTo(0.0556, 3);
  });

  it('leaves a gap wider than the snap distance open', () => {
    const { lines, snaps } = snapLineEnds([west, eastShort], 0.05);
    expect(lines).toEqual([west, eastShort]);
    expect(snaps).toEqual([]);
  });

  it('snaps an end onto an interior vertex of another line (a T-junction)', () => {
    const stem = [
      [46.05, 39.9],
      [46.05, 39.9998],
    ];
    const bar = [
      [46, 40],
      [46.05, 40],
      [46.1, 40],
    ];
    const { lines } = snapLineEnds([stem, bar], 0.1);
    expect(lines[0]![1]).toEqual([46.05, 40]);
  });

  it('does not move ends that already sit on another line', () => {
    const { snaps } = snapLineEnds(
      [
        west,
        [
          [46.1, 40],
          [46.2, 40],
        ],
      ],
      1,
    );
    expect(snaps).toEqual([]);
  });

  it('never snaps a line onto itself', () => {
    const hook = [
      [46, 40],
      [46.1, 40],
      [46.1, 40.1],
      [46.0001, 40.0001],
    ];
    expect(snapLineEnds([hook], 1).snaps).toEqual([]);
  });

  it('does not change its input', () => {
    const input = [west, eastShort];
    const copy = structuredClone(input);
    snapLineEnds(input, 0.1);
    expect(input).toEqual(copy);
  });

  it('rejects a negative snap distance, naming the value', () => {
    expect(() => snapLineEnds([west], -2)).toThrow(/received -2/);
  });
});

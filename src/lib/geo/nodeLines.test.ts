import { describe, expect, it } from 'vitest';
import { nodeLines } from './nodeLines.ts';

describe('nodeLines', () => {
  it('adds the crossing point to both lines of an X', () => {
    const [a, b] = nodeLines([
      [
        [0, 0],
        [2, 2],
      ],
      [
        [0, 2],
        [2, 0],
      ],
    ]);
    expect(a).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(b).toEqual([
      [0, 2],
      [1, 1],
      [2, 0],
    ]);
  });

  it('splits a line where another line ends on it (a T-junction), reusing the exact end point', () => {
    const [bar, stem] = nodeLines([
      [
        [0, 0],
        [2, 0],
      ],
      [
        [0.5, 1],
        [0.5, 0],
      ],
    ]);
    expect(bar).toEqual([
      [0, 0],
      [0.5, 0],
      [2, 0],
    ]);
    expect(stem).toEqual([
      [0.5, 1],
      [0.5, 0],
    ]);
  });

  it('adds several cuts on one segment in order along it', () => {
    const [bar] = nodeLines([
      [
        [0, 0],
        [3, 0],
      ],
      [
        [2, -1],
        [2, 1],
      ],
      [
        [1, -1],
        [1, 1],
      ],
    ]);
    expect(bar).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('leaves lines that only meet at shared vertices unchanged', () => {
    const input = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      [
        [1, 0],
        [2, 0],
      ],
    ];
    expect(nodeLines(input)).toEqual(input);
  });

  it('finds a line crossing itself', () => {
    const [loop] = nodeLines([
      [
        [0, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1, -1],
      ],
    ]);
    expect(loop).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
      [1, -1],
    ]);
  });

  it('leaves parallel and collinear segments alone', () => {
    const input = [
      [
        [0, 0],
        [2, 0],
      ],
      [
        [1, 0],
        [3, 0],
      ],
      [
        [0, 1],
        [2, 1],
      ],
    ];
    expect(nodeLines(input)).toEqual(input);
  });

  it('does not change its input', () => {
    const input = [
      [
        [0, 0],
        [2, 2],
      ],
      [
        [0, 2],
        [2, 0],
      ],
    ];
    const copy = structuredClone(input);
    nodeLines(input);
    expect(input).toEqual(copy);
  });
});

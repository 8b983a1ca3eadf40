import { dodge } from '../core/dodge.ts';

/** A label wanted at the end of a line: the last mark shown spans [x0, x1] at height y. */
export interface EndLabelWish {
  x0: number;
  x1: number;
  y: number;
  /** Width of the widest line, px. */
  width: number;
  lines: number;
}

/** A label placed: `x` is its anchor, `top` its top edge. */
export interface PlacedEndLabel {
  x: number;
  top: number;
  anchor: 'start' | 'end';
}

/** Where labels may go, and how they are spaced. */
export interface EndLabelBounds {
  minY: number;
  maxY: number;
  maxX: number;
  lineHeight: number;
  /** Space between a mark and its label, px. */
  gap?: number;
}

/**
 * Places each label beside the end of its line: right of its last mark where it fits, else left of
 * it. Labels whose boxes would share columns are moved apart vertically, as little as possible, so
 * a label stays level with the end it names unless another needs the room.
 */
export function placeEndLabels(
  wishes: readonly EndLabelWish[],
  bounds: EndLabelBounds,
): PlacedEndLabel[] {
  const gap = bounds.gap ?? 6;
  const placed = wishes.map((w) => {
    const right = w.x1 + gap + w.width <= bounds.maxX;
    const x = right ? w.x1 + gap : w.x0 - gap;
    const height = w.lines * bounds.lineHeight;
    return {
      x,
      anchor: right ? ('start' as const) : ('end' as const),
      left: right ? x : x - w.width,
      right: right ? x + w.width : x,
      top: w.y - bounds.lineHeight / 2,
      height,
    };
  });
  // Columns: labels joined (transitively) by overlapping horizontally are dodged together.
  const group = placed.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  placed.forEach((a, i) =>
    placed.forEach((b, j) => {
      if (j > i && a.left < b.right + 4 && b.left < a.right + 4) group[find(i)] = find(j);
    }),
  );
  const tops = placed.map((p) => p.top);
  for (const root of new Set(placed.map((_, i) => find(i)))) {
    const members = placed.map((_, i) => i).filter((i) => find(i) === root);
    const moved = dodge(
      members.map((i) => ({ y: placed[i]!.top, height: placed[i]!.height })),
      bounds.minY,
      bounds.maxY,
      1,
    );
    members.forEach((i, k) => (tops[i] = moved[k]!));
  }
  return placed.map((p, i) => ({ x: p.x, top: tops[i]!, anchor: p.anchor }));
}

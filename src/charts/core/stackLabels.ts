/** A label hanging off a point on a horizontal axis (a lollipop): where the point is, how big the label is. */
export interface StackItem {
  /** The point's x; its stem rises from the axis to the label's first line. */
  x: number;
  /** Width of the label box, including the marker and gap before the text. */
  width: number;
  /** Lines of text (rows the label occupies). */
  lines: number;
}

/** Where a label went: its lowest row (0 = nearest the axis), which side of its point, and its box. */
export interface StackedItem {
  row: number;
  side: 'right' | 'left';
  x0: number;
  x1: number;
}

interface Candidate {
  side: 'right' | 'left';
  x0: number;
  x1: number;
}

/**
 * Stacks lollipop labels in rows above an axis so that no two labels overlap, no label covers
 * another's stem, and no stem runs through a label (as far as the geometry allows). Labels sit to
 * the right of their point, or to the left where they would pass `maxX`. A label that covers other
 * stems must sit above them, so labels are placed in an order that puts those stems first; each
 * then takes the lowest row that satisfies every rule.
 */
export function stackLabels(
  items: readonly StackItem[],
  minX: number,
  maxX: number,
  gap = 8,
): StackedItem[] {
  const stemPad = 3;
  const preferred: Candidate[] = items.map(({ x, width }) =>
    x + width <= maxX || x - width < minX
      ? { side: 'right', x0: x, x1: x + width }
      : { side: 'left', x0: x - width, x1: x },
  );
  const covers = (c: Candidate, stemX: number) =>
    stemX >= c.x0 - stemPad && stemX <= c.x1 + stemPad;

  // Placement order: repeatedly take the label covering the fewest stems still unplaced (then the
  // rightmost), so covered stems are placed, lower, before the labels that span them.
  const order: number[] = [];
  const left = new Set(items.map((_, i) => i));
  while (left.size) {
    let best = -1;
    let bestCount = Infinity;
    for (const i of left) {
      let count = 0;
      for (const j of left) if (j !== i && covers(preferred[i]!, items[j]!.x)) count += 1;
      if (count < bestCount || (count === bestCount && items[i]!.x > items[best]!.x)) {
        best = i;
        bestCount = count;
      }
    }
    order.push(best);
    left.delete(best);
  }

  const placed: { i: number; row: number; top: number; c: Candidate }[] = [];
  const out: StackedItem[] = new Array(items.length);
  const boxFree = (c: Candidate, row: number, top: number) =>
    placed.every((p) => p.top < row || p.row > top || c.x1 + gap <= p.c.x0 || c.x0 >= p.c.x1 + gap);
  const aboveCoveredStems = (c: Candidate, row: number) =>
    placed.every((p) => !covers(c, items[p.i]!.x) || row >= p.top + 1);
  const stemClear = (x: number, top: number) =>
    placed.every((p) => !covers(p.c, x) || p.row >= top);

  for (const i of order) {
    const { x, width, lines } = items[i]!;
    const other: Candidate =
      preferred[i]!.side === 'right'
        ? { side: 'left', x0: x - width, x1: x }
        : { side: 'right', x0: x, x1: x + width };
    const candidates = [preferred[i]!, ...(other.x0 >= minX && other.x1 <= maxX ? [other] : [])];
    const limit = items.length * 3 + 3;
    const search = (c: Candidate, strict: boolean) => {
      for (let row = 0; row < limit; row++) {
        const top = row + lines - 1;
        if (boxFree(c, row, top) && aboveCoveredStems(c, row) && (!strict || stemClear(x, top)))
          return row;
      }
      return -1;
    };
    // A box over a stem not yet placed would end up under that stem's label: avoid it if possible.
    const unplacedCovered = (c: Candidate) =>
      order.some((j) => j !== i && !out[j] && covers(c, items[j]!.x));
    let chosen: { c: Candidate; row: number; clean: boolean } | undefined;
    for (const c of candidates) {
      const row = search(c, true);
      const clean = !unplacedCovered(c);
      if (
        row >= 0 &&
        (!chosen || (clean && !chosen.clean) || (clean === chosen.clean && row < chosen.row))
      )
        chosen = { c, row, clean };
    }
    // Only in a tangle (two labels spanning each other's stems) may a stem cross a label.
    chosen ??= { c: preferred[i]!, row: Math.max(0, search(preferred[i]!, false)), clean: false };
    placed.push({ i, row: chosen.row, top: chosen.row + lines - 1, c: chosen.c });
    out[i] = { row: chosen.row, side: chosen.c.side, x0: chosen.c.x0, x1: chosen.c.x1 };
  }
  return out;
}

/** Rows used by a stack (0 when empty). */
export function rowCount(items: readonly StackItem[], stacked: readonly StackedItem[]): number {
  return stacked.reduce((n, s, i) => Math.max(n, s.row + (items[i]?.lines ?? 1)), 0);
}

/** A label to be placed along one axis: where it wants its top edge, and how tall it is. */
export interface DodgeItem {
  y: number;
  height: number;
}

/**
 * Moves labels along one axis, as little as possible, so that none overlap and all stay within
 * [min, max]: a forward pass pushes labels down past their predecessors, a backward pass pulls them
 * back up from the limit. When they cannot all fit, the last ones run past `max` rather than
 * overlapping (the caller grows the chart). Returns new top edges in input order.
 */
export function dodge(items: readonly DodgeItem[], min: number, max: number, gap = 2): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.y - items[b]!.y || a - b);
  const tops = items.map((it) => it.y);
  let prevBottom = -Infinity;
  for (const i of order) {
    const top = Math.max(tops[i]!, min, prevBottom + gap);
    tops[i] = top;
    prevBottom = top + items[i]!.height;
  }
  let nextTop = Infinity;
  for (const i of [...order].reverse()) {
    const limit = Math.min(max, nextTop - gap) - items[i]!.height;
    tops[i] = Math.min(tops[i]!, limit);
    nextTop = tops[i]!;
  }
  // Pulling up may have pushed the first labels above `min`: settle downwards again from there.
  prevBottom = -Infinity;
  for (const i of order) {
    tops[i] = Math.max(tops[i]!, min, prevBottom + gap);
    prevBottom = tops[i]! + items[i]!.height;
  }
  return tops;
}

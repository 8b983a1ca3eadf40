import { textWidth } from './textWidth.ts';

/** A candidate tick: position and label. */
export interface Tick {
  x: number;
  label: string;
}

/** A kept tick, with the text anchor that keeps its label inside the chart. */
export interface PlacedTick extends Tick {
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Keeps every k-th tick, for the smallest k at which no two labels overlap. A label that would
 * stick out past an edge is anchored to that edge instead of centred on its tick. With `keepLast`
 * the final tick (say, the last day of a war) always stays, replacing a kept neighbour it would hit.
 */
export function thinTicks(
  ticks: readonly Tick[],
  fontSize: number,
  minX: number,
  maxX: number,
  gap = 8,
  keepLast = false,
): PlacedTick[] {
  const place = (t: Tick): PlacedTick & { x0: number; x1: number } => {
    const w = textWidth(t.label, fontSize);
    if (t.x - w / 2 < minX) return { ...t, anchor: 'start', x0: t.x, x1: t.x + w };
    if (t.x + w / 2 > maxX) return { ...t, anchor: 'end', x0: t.x - w, x1: t.x };
    return { ...t, anchor: 'middle', x0: t.x - w / 2, x1: t.x + w / 2 };
  };
  for (let k = 1; k <= Math.max(1, ticks.length); k++) {
    const kept = ticks.filter((_, i) => i % k === 0).map(place);
    const last = ticks[ticks.length - 1];
    if (keepLast && last && (ticks.length - 1) % k !== 0) {
      const placed = place(last);
      const prev = kept[kept.length - 1];
      if (prev && prev.x1 + gap > placed.x0 && kept.length > 1) kept.pop();
      kept.push(placed);
    }
    if (kept.every((t, i) => i === 0 || kept[i - 1]!.x1 + gap <= t.x0))
      return kept.map(({ x, label, anchor }) => ({ x, label, anchor }));
  }
  return [];
}

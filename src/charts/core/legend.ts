import { flowLayout } from './flowLayout.ts';
import { textWidth } from './textWidth.ts';
import { wrapText } from './wrapText.ts';

/** A legend entry to lay out: the swatch it needs and its text. */
export interface LegendEntry<S extends string = string> {
  swatch: S;
  /** Extra class for the swatch, e.g. the party colour. */
  className?: string;
  text: string;
}

/** A legend entry placed: swatch centre at (x + swatchWidth / 2, y), text lines to its right. */
export interface PlacedLegendEntry<S extends string = string> extends LegendEntry<S> {
  x: number;
  y: number;
  lines: string[];
}

/** Legend geometry. */
export interface LegendOptions {
  maxWidth: number;
  fontSize: number;
  lineHeight: number;
  swatchWidth: number;
}

/**
 * Lays out a legend as wrapping rows of swatch + text, every text wrapped to fit the width on its
 * own. Returns entries relative to the legend's top-left corner and the legend's height.
 */
export function layoutLegend<S extends string>(
  entries: readonly LegendEntry<S>[],
  o: LegendOptions,
): { entries: PlacedLegendEntry<S>[]; height: number } {
  const textMax = o.maxWidth - o.swatchWidth - 6;
  const wrapped = entries.map((e) => wrapText(e.text, textMax, o.fontSize));
  const widths = wrapped.map(
    (lines) => o.swatchWidth + 6 + Math.max(0, ...lines.map((l) => textWidth(l, o.fontSize))),
  );
  const flow = flowLayout(widths, o.maxWidth);
  const rowHeights: number[] = [];
  flow.forEach(
    (p, i) =>
      (rowHeights[p.row] = Math.max(
        rowHeights[p.row] ?? 0,
        (wrapped[i]?.length ?? 1) * o.lineHeight,
      )),
  );
  const rowTops = rowHeights.map((_, r) => rowHeights.slice(0, r).reduce((a, b) => a + b + 4, 0));
  const placed = entries.map((e, i) => ({
    ...e,
    x: flow[i]!.x,
    y: (rowTops[flow[i]!.row] ?? 0) + o.lineHeight / 2,
    lines: wrapped[i] ?? [],
  }));
  const height = rowHeights.length
    ? (rowTops[rowTops.length - 1] ?? 0) + (rowHeights[rowHeights.length - 1] ?? 0)
    : 0;
  return { entries: placed, height };
}

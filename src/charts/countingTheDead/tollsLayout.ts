import { scaleLinear } from 'd3-scale';
import { periodEnd, periodMid, periodStart, precisionOf } from '../core/chartDate.ts';
import { formatValue, groupDigits } from '../core/formatValue.ts';
import { layoutLegend, type LegendEntry, type PlacedLegendEntry } from '../core/legend.ts';
import type { Party } from '../core/party.ts';
import type { ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import { timeTicks } from '../core/timeTicks.ts';
import type { PlacedTick } from '../core/thinTicks.ts';
import { wrapText } from '../core/wrapText.ts';
import type { CountingTheDeadOptions, TollSeries } from './countingTheDeadTypes.ts';

/** Line styles, in the order a side's second and third series take them (colour alone is not enough). */
const STYLES = ['line', 'dashed-line', 'dotted-line'] as const;
export type LineStyle = (typeof STYLES)[number];
export type TollSwatch = LineStyle | 'hollow' | 'precision';

/** A report placed on the plot. */
export interface TollPoint extends ReportedValue {
  x: number;
  y: number;
  /** Top of a reported range ("202–207"). */
  yUpper?: number;
  /** Period a month- or year-dated report covers. */
  span?: [number, number];
  hedged: boolean;
  /** Compact value label: "2,900", "> 5,000". */
  label: string;
}

/** A series placed on the plot. */
export interface TollLine {
  id: string;
  party: Party;
  role: TollSeries['role'];
  style: LineStyle;
  points: TollPoint[];
  /** Who reported what, written under the end label where the chart has no series legend. */
  name: string[];
}

/** Geometry of the tolls panel. */
export interface TollsLayout {
  top: number;
  bottom: number;
  title: { text: string; x: number; y: number }[];
  legend: PlacedLegendEntry<TollSwatch>[];
  legendTop: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Gridlines with their labels, right-aligned at `plot.x0 - 8`. */
  yTicks: { y: number; label: string }[];
  xTicks: PlacedTick[];
  lines: TollLine[];
  /** Width the end labels' name lines were wrapped to (0: values only, the legend names the lines). */
  nameWidth: number;
}

const empty = (top: number): TollsLayout => ({
  top,
  bottom: top,
  title: [],
  legend: [],
  legendTop: top,
  plot: { x0: 0, x1: 0, y0: top, y1: top },
  yTicks: [],
  xTicks: [],
  lines: [],
  nameWidth: 0,
});

/** Lays out the tolls panel from `top`; nothing at all when there are no series. */
export function layoutTolls(
  series: readonly TollSeries[],
  o: CountingTheDeadOptions,
  top: number,
): TollsLayout {
  const values = series.flatMap((s) => s.values);
  if (!values.length) return empty(top);
  const inner = o.width - 2 * o.margin;
  const title = wrapText(o.text.tolls, inner, o.fontSize, 'bold').map((text, i) => ({
    text,
    x: o.margin,
    y: top + o.fontSize + i * o.lineHeight,
  }));
  const legendTop = top + title.length * o.lineHeight + 8;

  const partyCount = new Map<Party, number>();
  const styles = series.map((s) => {
    const n = partyCount.get(s.party) ?? 0;
    partyCount.set(s.party, n + 1);
    return STYLES[n % STYLES.length]!;
  });
  // On a phone, seven legend entries would dwarf the plot: each line is named at its end instead,
  // and the legend keeps only the marker keys.
  const direct = o.width < o.directLabelsBelow;
  const nameWidth = direct ? Math.min(170, Math.round(inner * 0.55)) : 0;
  const entries: LegendEntry<TollSwatch>[] = direct
    ? []
    : series.map((s, i) => ({
        swatch: styles[i]!,
        className: `party-${s.party}`,
        text: s.label,
      }));
  if (values.some((v) => v.qualifier !== 'exact'))
    entries.push({ swatch: 'hollow', className: 'party-other', text: o.text.hedged });
  if (values.some((v) => precisionOf(v.date) !== 'day'))
    entries.push({ swatch: 'precision', className: 'party-other', text: o.text.monthOnly });
  const legend = layoutLegend(entries, {
    maxWidth: inner,
    fontSize: o.smallFontSize,
    lineHeight: o.lineHeight,
    swatchWidth: 22,
  });

  const labelOf = (v: ReportedValue) => formatValue(v, true);
  const names = series.map((s) =>
    direct ? wrapText(s.shortLabel ?? s.label, nameWidth, o.smallFontSize) : [],
  );
  const plotHeight = o.width < 440 ? o.plotHeight.narrow : o.plotHeight.wide;
  const y = scaleLinear()
    .domain([0, Math.max(...values.map((v) => v.upper ?? v.value))])
    .nice(5);
  const yTickValues = y.ticks(plotHeight < 220 ? 4 : 5);
  const yLabelWidth = Math.max(
    ...yTickValues.map((v) => textWidth(groupDigits(v), o.smallFontSize)),
  );
  const t0 = Math.min(...values.map((v) => periodStart(v.date)));
  const t1 = Math.max(...values.map((v) => periodEnd(v.date)));
  const x0 = o.margin + yLabelWidth + 12;
  const plot = {
    x0,
    x1: plotRight(series, names, labelOf, o, x0, t0, t1),
    y0: legendTop + legend.height + 14,
    y1: 0,
  };
  plot.y1 = plot.y0 + plotHeight;
  const x = scaleLinear().domain([t0, t1]).range([plot.x0, plot.x1]);
  y.range([plot.y1, plot.y0 + 6]);
  const yTicks = yTickValues.map((v) => ({ y: y(v), label: groupDigits(v) }));

  const xTicks = timeTicks(t0, t1, x, o.smallFontSize, plot.x0 - 6, o.width - o.margin);

  const lines: TollLine[] = series.map((s, i) => ({
    id: s.id,
    party: s.party,
    role: s.role,
    style: styles[i]!,
    name: names[i]!,
    points: [...s.values]
      .sort((a, b) => periodMid(a.date) - periodMid(b.date))
      .map((v) => ({
        ...v,
        x: x(periodMid(v.date)),
        y: y(v.value),
        yUpper: v.upper === undefined ? undefined : y(v.upper),
        span:
          precisionOf(v.date) === 'day'
            ? undefined
            : [x(periodStart(v.date)), x(periodEnd(v.date))],
        hedged: v.qualifier !== 'exact',
        label: labelOf(v),
      })),
  }));

  return {
    top,
    bottom: plot.y1 + 8 + o.smallFontSize + 4,
    title,
    legend: legend.entries,
    legendTop,
    plot,
    yTicks,
    xTicks,
    lines,
    nameWidth,
  };
}

/** Gap between a line's last mark and its label, px (as placed by placeEndLabels). */
const END_GAP = 6;
/** Radius of a report's dot, px: the scene draws them, the layout keeps room for them. */
export const DOT_RADIUS = 4;

/**
 * The plot's right edge: as far right as still leaves each line's end label room beside the line's
 * end (a line ending early needs none), but never narrower than half the chart; a label that still
 * does not fit goes left of its end.
 */
function plotRight(
  series: readonly TollSeries[],
  names: readonly string[][],
  labelOf: (v: ReportedValue) => string,
  o: CountingTheDeadOptions,
  x0: number,
  t0: number,
  t1: number,
): number {
  const right = o.width - o.margin;
  let x1 = right - 4;
  series.forEach((s, i) => {
    const last = [...s.values].sort((a, b) => periodMid(a.date) - periodMid(b.date)).at(-1)!;
    const width = Math.max(
      textWidth(labelOf(last), o.smallFontSize, 'bold'),
      ...names[i]!.map((n) => textWidth(n, o.smallFontSize)),
    );
    // The end mark's right edge: the dot's (its radius past its date), or for a month-dated
    // report whichever is further right of the dot's and its month's end: a month narrower than
    // the dot (on a phone) ends inside it, and a label kept clear of the month alone would not
    // fit right of the dot and went left of it.
    const room = (t: number, extra: number) => {
      const f = (t - t0) / (t1 - t0 || 1);
      if (f > 0) x1 = Math.min(x1, x0 + (right - END_GAP - extra - width - x0) / f);
    };
    room(periodMid(last.date), DOT_RADIUS);
    if (precisionOf(last.date) !== 'day') room(periodEnd(last.date), 0);
  });
  return Math.max(x1, x0 + (right - x0) / 2);
}

import { scaleLinear } from 'd3-scale';
import { monthName, periodEnd, periodMid, periodStart, precisionOf } from '../core/chartDate.ts';
import { formatValue, groupDigits } from '../core/formatValue.ts';
import { layoutLegend, type LegendEntry, type PlacedLegendEntry } from '../core/legend.ts';
import type { Party } from '../core/party.ts';
import type { ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import { thinTicks, type PlacedTick } from '../core/thinTicks.ts';
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
  const entries: LegendEntry<TollSwatch>[] = series.map((s, i) => ({
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
  const labelWidth = Math.max(...values.map((v) => textWidth(labelOf(v), o.smallFontSize, 'bold')));
  const plotHeight = o.width < 440 ? o.plotHeight.narrow : o.plotHeight.wide;
  const y = scaleLinear()
    .domain([0, Math.max(...values.map((v) => v.upper ?? v.value))])
    .nice(5);
  const yTickValues = y.ticks(plotHeight < 220 ? 4 : 5);
  const yLabelWidth = Math.max(
    ...yTickValues.map((v) => textWidth(groupDigits(v), o.smallFontSize)),
  );
  const plot = {
    x0: o.margin + yLabelWidth + 12,
    x1: o.width - o.margin - labelWidth - 10,
    y0: legendTop + legend.height + 14,
    y1: 0,
  };
  plot.y1 = plot.y0 + plotHeight;

  const t0 = Math.min(...values.map((v) => periodStart(v.date)));
  const t1 = Math.max(...values.map((v) => periodEnd(v.date)));
  const x = scaleLinear().domain([t0, t1]).range([plot.x0, plot.x1]);
  y.range([plot.y1, plot.y0 + 6]);
  const yTicks = yTickValues.map((v) => ({ y: y(v), label: groupDigits(v) }));

  // Quarter starts as candidate ticks, thinned to fit.
  const candidates: { x: number; label: string }[] = [];
  const first = new Date(t0);
  for (
    let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    d.getTime() <= t1;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    if (d.getTime() >= t0 && d.getUTCMonth() % 3 === 0)
      candidates.push({
        x: x(d.getTime()),
        label: `${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`,
      });
  }
  const xTicks = thinTicks(candidates, o.smallFontSize, plot.x0 - 6, o.width - o.margin, 10);

  const lines: TollLine[] = series.map((s, i) => ({
    id: s.id,
    party: s.party,
    role: s.role,
    style: styles[i]!,
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
  };
}

import { scaleLinear } from 'd3-scale';
import { periodEnd, periodMid, periodStart, precisionOf } from '../core/chartDate.ts';
import { groupDigits } from '../core/formatValue.ts';
import { layoutLegend, type PlacedLegendEntry } from '../core/legend.ts';
import { timeTicks } from '../core/timeTicks.ts';
import type { ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import type { PlacedTick } from '../core/thinTicks.ts';
import { wrapText } from '../core/wrapText.ts';
import type { ContingentData, ContingentOptions, PostReport } from './contingentTypes.ts';

/** What a mark counts: posts in place (regular, temporary) or closed (running totals). */
export type PostKind = 'open' | 'temporary' | 'closed' | 'temporaryClosed';

/** A legend key: a kind of mark, or the bar behind a report dated only to its month. */
export type PostSwatch = PostKind | 'precision';

/** One reported count placed on the time axis. */
export interface PostMark {
  kind: PostKind;
  date: string;
  value: ReportedValue;
  x: number;
  y: number;
  /** Period a month-dated report covers, drawn as a bar behind its mark. */
  span?: [number, number];
  /** The count written beside the mark; absent where it would hit another label. */
  label?: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/** Geometry of the posts panel. */
export interface PostsLayout {
  top: number;
  bottom: number;
  title: { text: string; x: number; y: number }[];
  legend: PlacedLegendEntry<PostSwatch>[];
  legendTop: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Gridlines with their labels, right-aligned at `plot.x0 - 8`. */
  yTicks: { y: number; label: string }[];
  xTicks: PlacedTick[];
  marks: PostMark[];
}

const KINDS: PostKind[] = ['open', 'temporary', 'closed', 'temporaryClosed'];
const LABEL_GAP = 4;

/**
 * Lays out the posts panel from `top`: every count a mark at its date on a time axis, posts in
 * place and posts closed alike measured up from zero (closures are counts of posts closed, told
 * apart by their hollow marks and the legend; hung below the line they read as negative posts).
 * Reports days apart sit days apart, so the years between the build-up and the closures show.
 */
export function layoutPosts(data: ContingentData, o: ContingentOptions, top: number): PostsLayout {
  const reports: PostReport[] = [...data.posts].sort((a, b) => a.date.localeCompare(b.date));
  const values = reports.flatMap((r) => KINDS.flatMap((k) => (r[k] ? [r[k]] : [])));
  if (!values.length)
    return {
      top,
      bottom: top,
      title: [],
      legend: [],
      legendTop: top,
      plot: { x0: 0, x1: 0, y0: top, y1: top },
      yTicks: [],
      xTicks: [],
      marks: [],
    };
  const inner = o.width - 2 * o.margin;
  const title = wrapText(`${o.text.posts} ${data.postsReporter}`, inner, o.fontSize, 'bold').map(
    (text, i) => ({ text, x: o.margin, y: top + o.fontSize + i * o.lineHeight }),
  );
  const present = KINDS.filter((k) => reports.some((r) => r[k]));
  const monthOnly = reports.some((r) => precisionOf(r.date) !== 'day');
  const legend = layoutLegend<PostSwatch>(
    [
      ...present.map((k) => ({ swatch: k, className: 'party-russian', text: o.text[k] })),
      ...(monthOnly
        ? [{ swatch: 'precision' as const, className: 'party-russian', text: o.text.monthOnly }]
        : []),
    ],
    { maxWidth: inner, fontSize: o.smallFontSize, lineHeight: o.lineHeight, swatchWidth: 18 },
  );
  const legendTop = top + title.length * o.lineHeight + 8;

  const y = scaleLinear()
    .domain([0, Math.max(1, ...values.map((v) => v.value))])
    .nice(4);
  const yTickValues = y.ticks(4);
  const yLabelWidth = Math.max(
    ...yTickValues.map((v) => textWidth(groupDigits(v), o.smallFontSize)),
  );
  const labelH = o.smallFontSize + 2;
  const plot = {
    x0: o.margin + yLabelWidth + 12,
    // Room for the last count's label beside its mark.
    x1: o.width - o.margin - 8,
    y0: legendTop + legend.height + 14 + labelH,
    y1: 0,
  };
  plot.y1 = plot.y0 + o.postsHeight;
  y.range([plot.y1, plot.y0]);
  const t0 = Math.min(...reports.map((r) => periodStart(r.date)));
  const t1 = Math.max(...reports.map((r) => periodEnd(r.date)));
  // Marks keep clear of the axis ends by their radius.
  const x = scaleLinear()
    .domain([t0, t1])
    .range([plot.x0 + 8, plot.x1]);

  const marks: PostMark[] = reports.flatMap((r) =>
    KINDS.flatMap((kind) => {
      const v = r[kind];
      if (!v) return [];
      const mark: PostMark = {
        kind,
        date: r.date,
        value: v,
        x: x(periodMid(r.date)),
        y: y(v.value),
      };
      if (precisionOf(r.date) !== 'day') mark.span = [x(periodStart(r.date)), x(periodEnd(r.date))];
      return [mark];
    }),
  );
  placeLabels(marks, o.smallFontSize, labelH, o.width - o.margin);

  const xTicks = timeTicks(t0, t1, x, o.smallFontSize, plot.x0 - 6, o.width - o.margin);
  return {
    top,
    bottom: plot.y1 + 8 + o.smallFontSize + 4,
    title,
    legend: legend.entries,
    legendTop,
    plot,
    yTicks: yTickValues.map((v) => ({ y: y(v), label: groupDigits(v) })),
    xTicks,
    marks,
  };
}

/**
 * Writes each count above its mark, latest reports first: a label that would overlap one already
 * placed, or another mark, is left out (the numbers table lists every count). Reports days apart
 * crowd one spot on a years-long axis; the latest of them keeps its label.
 */
function placeLabels(marks: PostMark[], fontSize: number, height: number, maxX: number): void {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const hits = (b: (typeof boxes)[number]) =>
    boxes.some((k) => b.x0 < k.x1 && k.x0 < b.x1 && b.y0 < k.y1 && k.y0 < b.y1) ||
    marks.some((m) => m.x + 4 > b.x0 && m.x - 4 < b.x1 && m.y + 4 > b.y0 && m.y - 4 < b.y1);
  const order = marks
    .map((m, i) => i)
    .sort((a, b) => marks[b]!.x - marks[a]!.x || marks[b]!.value.value - marks[a]!.value.value);
  for (const i of order) {
    const m = marks[i]!;
    const text = groupDigits(m.value.value);
    const w = textWidth(text, fontSize, 'bold');
    const anchor = m.x + w / 2 > maxX ? 'end' : 'middle';
    const x0 = anchor === 'end' ? maxX - w : m.x - w / 2;
    const box = { x0: x0 - 1, x1: x0 + w + 1, y0: m.y - 6 - height, y1: m.y - 6 };
    if (hits(box)) continue;
    boxes.push(box);
    m.label = {
      text,
      x: anchor === 'end' ? maxX : m.x,
      y: m.y - 6 - LABEL_GAP,
      anchor,
    };
  }
}

import { scaleBand, scaleLinear } from 'd3-scale';
import { shortDate } from '../core/chartDate.ts';
import { groupDigits } from '../core/formatValue.ts';
import { layoutLegend, type PlacedLegendEntry } from '../core/legend.ts';
import type { ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import { wrapText } from '../core/wrapText.ts';
import type { ContingentData, ContingentOptions, PostReport } from './contingentTypes.ts';

/** Which stack a bar segment belongs to: posts in place above the line, closures below. */
export type PostKind = 'open' | 'temporary' | 'closed' | 'temporaryClosed';

/** One bar segment. */
export interface PostSegment {
  kind: PostKind;
  value: ReportedValue;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One report's bars, value labels and date label. */
export interface PostSlot {
  date: string;
  segments: PostSegment[];
  labels: { text: string; x: number; y: number }[];
  dateLines: { text: string; x: number; y: number }[];
}

/** Geometry of the posts panel. */
export interface PostsLayout {
  top: number;
  bottom: number;
  title: { text: string; x: number; y: number }[];
  legend: PlacedLegendEntry<PostKind>[];
  legendTop: number;
  zeroY: number;
  x0: number;
  x1: number;
  slots: PostSlot[];
}

const KINDS: PostKind[] = ['open', 'temporary', 'closed', 'temporaryClosed'];

/** "18 + 7": a stack's label, on two lines ("18", "+ 7") where the slot is too narrow. */
function stackLabel(
  a: ReportedValue | undefined,
  b: ReportedValue | undefined,
  maxWidth: number,
  fontSize: number,
): string[] {
  const parts = [a, b]
    .filter((v): v is ReportedValue => v !== undefined)
    .map((v) => groupDigits(v.value));
  if (parts.length < 2) return parts;
  const one = parts.join(' + ');
  return textWidth(one, fontSize, 'bold') <= maxWidth ? [one] : [parts[0]!, `+ ${parts[1]}`];
}

/**
 * Lays out the posts panel from `top`: a slot per report, every bar standing on the zero line.
 * Closures are counts of posts closed, told apart by colour and the legend; hung below the line
 * they read as negative numbers of posts.
 */
export function layoutPosts(data: ContingentData, o: ContingentOptions, top: number): PostsLayout {
  const reports: PostReport[] = [...data.posts].sort((a, b) => a.date.localeCompare(b.date));
  if (!reports.length)
    return {
      top,
      bottom: top,
      title: [],
      legend: [],
      legendTop: top,
      zeroY: top,
      x0: 0,
      x1: 0,
      slots: [],
    };
  const inner = o.width - 2 * o.margin;
  const title = wrapText(`${o.text.posts} ${data.postsReporter}`, inner, o.fontSize, 'bold').map(
    (text, i) => ({
      text,
      x: o.margin,
      y: top + o.fontSize + i * o.lineHeight,
    }),
  );
  const present = KINDS.filter((k) => reports.some((r) => r[k]));
  const legend = layoutLegend(
    present.map((k) => ({ swatch: k, className: 'party-russian', text: o.text[k] })),
    { maxWidth: inner, fontSize: o.smallFontSize, lineHeight: o.lineHeight, swatchWidth: 18 },
  );
  const legendTop = top + title.length * o.lineHeight + 8;
  const up = Math.max(
    0,
    ...reports.map((r) => KINDS.reduce((sum, k) => sum + (r[k]?.value ?? 0), 0)),
  );
  const band = scaleBand<string>()
    .domain(reports.map((r) => r.date))
    .range([o.margin, o.width - o.margin])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const slotWidth = band.step();
  const labelLines = reports.map((r) =>
    r.open || r.temporary
      ? stackLabel(r.open, r.temporary, slotWidth - 4, o.smallFontSize)
      : stackLabel(r.closed, r.temporaryClosed, slotWidth - 4, o.smallFontSize),
  );
  const upLines = Math.max(1, ...labelLines.map((a) => a.length));
  const plotTop = legendTop + legend.height + 10 + upLines * o.lineHeight;
  const zeroY = plotTop + o.postsHeight;
  const y = scaleLinear()
    .domain([0, up || 1])
    .range([0, o.postsHeight]);
  const barWidth = Math.min(band.bandwidth(), 40);
  const dateTop = zeroY + 8;
  // "15 Nov" over "2020"; the year where it changes or after a long gap (slots are evenly spaced,
  // so a bare "Oct" months after the last report would hide how much time passed); day and month
  // split when the slot is narrow.
  const dateLabels = reports.map((r, i) => {
    const [dayMonth = r.date, year = ''] =
      shortDate(r.date, true)
        .match(/^(.*) (\d{4})$/)
        ?.slice(1) ?? [];
    const prev = i > 0 ? reports[i - 1]!.date : '';
    const longGap = prev !== '' && monthsBetween(prev, r.date) >= 3;
    const prevYear = longGap ? '' : prev.slice(0, 4);
    const top =
      textWidth(dayMonth, o.smallFontSize) <= slotWidth - 2 ? [dayMonth] : dayMonth.split(' ');
    return year && year !== prevYear ? [...top, year] : top;
  });
  const dateLineCount = Math.max(1, ...dateLabels.map((l) => l.length));

  const slots = reports.map((r, i) => {
    const cx = (band(r.date) ?? 0) + band.bandwidth() / 2;
    const x = cx - barWidth / 2;
    const segments: PostSegment[] = [];
    let above = zeroY;
    for (const kind of KINDS) {
      const v = r[kind];
      if (!v) continue;
      const h = y(v.value);
      above -= h;
      segments.push({ kind, value: v, x, y: above, width: barWidth, height: h });
    }
    const upText = labelLines[i]!;
    const labels = upText.map((text, j) => ({
      text,
      x: cx,
      y: above - 5 - (upText.length - 1 - j) * o.lineHeight,
    }));
    const dateLines = (dateLabels[i] ?? []).map((text, j) => ({
      text,
      x: cx,
      y: dateTop + o.smallFontSize + j * 14,
    }));
    return { date: r.date, segments, labels, dateLines };
  });

  return {
    top,
    bottom: dateTop + 14 * dateLineCount + 4,
    title,
    legend: legend.entries,
    legendTop,
    zeroY,
    x0: o.margin,
    x1: o.width - o.margin,
    slots,
  };
}

/** Whole months from one report date (YYYY-MM or YYYY-MM-DD) to a later one. */
function monthsBetween(from: string, to: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return months(to) - months(from);
}

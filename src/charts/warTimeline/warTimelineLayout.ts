import { scaleLinear } from 'd3-scale';
import { addDays, daysBetween, periodMid, periodStart, shortDate } from '../core/chartDate.ts';
import { layoutLegend, type PlacedLegendEntry } from '../core/legend.ts';
import type { Party } from '../core/party.ts';
import { timelineLegend } from './timelineLegend.ts';
import { rowCount, stackLabels } from '../core/stackLabels.ts';
import { textWidth } from '../core/textWidth.ts';
import { thinTicks, type PlacedTick } from '../core/thinTicks.ts';
import { wrapText } from '../core/wrapText.ts';
import type {
  TimelineMark,
  TimelineSwatch,
  WarTimelineData,
  WarTimelineOptions,
} from './warTimelineTypes.ts';

/**
 * The 44 days: every claimed capture, ceasefire and agreement as a lollipop above a bar of the
 * war's days. States: `{ until: "YYYY-MM-DD" }` shows events up to that day at full strength (later
 * ones faint) with a cursor on the day; no `until` is the whole war. `step` is not used.
 */
export const defaults: WarTimelineOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  rowHeight: 22,
  markerRadius: 5,
  text: {
    claim: 'Capture announced by',
    denial: 'Denied by',
    ceasefire: 'Ceasefire',
    agreement: 'Agreement',
  },
};

/** A mark with its position and label. */
export interface PlacedMark extends TimelineMark {
  day: number;
  x: number;
  /** Centre of the marker (on the label's first line). */
  y: number;
  side: 'right' | 'left';
  lines: { text: string; x: number; y: number }[];
  claimParty?: Party;
  denialParty?: Party;
}

/** Everything the scene needs to draw the timeline at one width. */
export interface WarTimelineLayout {
  options: WarTimelineOptions;
  height: number;
  days: number;
  start: string;
  end: string;
  /** x of a day index (0 = first day). */
  x(day: number): number;
  legend: PlacedLegendEntry<TimelineSwatch>[];
  legendTop: number;
  marksTop: number;
  axisY: number;
  ticks: PlacedTick[];
  marks: PlacedMark[];
}

/** Lays out the timeline at `options.width`. */
export function layoutWarTimeline(
  data: WarTimelineData,
  options: WarTimelineOptions,
): WarTimelineLayout {
  const o = options;
  const days = Math.max(1, daysBetween(data.start, data.end));
  const ringR = o.markerRadius + 3.5;
  const inner = { x0: o.margin + ringR, x1: o.width - o.margin - ringR };
  const scale = scaleLinear().domain([0, days]).range([inner.x0, inner.x1]);
  const x = (day: number) => scale(day);

  const legend = layoutLegend(timelineLegend(data.marks, o.text), {
    maxWidth: o.width - 2 * o.margin,
    fontSize: o.smallFontSize,
    lineHeight: 16,
    swatchWidth: 18,
  });
  const legendTop = o.margin;
  const marksTop = legendTop + legend.height + (legend.height ? 16 : 0);

  const sorted = [...data.marks].sort(
    (a, b) => periodStart(a.date) - periodStart(b.date) || a.id.localeCompare(b.id),
  );
  const dayOf = (date: string) => (periodMid(date) - periodStart(data.start)) / 86_400_000;
  // A label wraps to the wider side of its marker, so a long name (say, in both conventions)
  // still fits one side or the other.
  const textMax = (m: TimelineMark) => {
    const mx = x(dayOf(m.date));
    return Math.max(o.width - o.margin - mx, mx - o.margin) - ringR - 6;
  };
  const labels = sorted.map((m) =>
    wrapText(
      m.kind === 'ceasefire' ? shortDate(m.date) : (m.names?.[o.names ?? 'en'] ?? m.label),
      textMax(m),
      o.fontSize,
      m.kind === 'capture-claim' ? 'bold' : 'normal',
    ),
  );
  const items = sorted.map((m, i) => ({
    x: x(dayOf(m.date)),
    width:
      ringR +
      6 +
      Math.max(
        0,
        ...(labels[i] ?? []).map((l) =>
          textWidth(l, o.fontSize, m.kind === 'capture-claim' ? 'bold' : 'normal'),
        ),
      ),
    lines: Math.max(1, labels[i]?.length ?? 1),
  }));
  // Labels stack within the margins; the marker's ring may sit in the margin.
  const stacked = stackLabels(items, o.margin, o.width - o.margin, 10);
  const rows = rowCount(items, stacked);
  const axisY = marksTop + rows * o.rowHeight + 14;
  const rowY = (row: number) => axisY - 14 - o.rowHeight / 2 - row * o.rowHeight;

  const marks: PlacedMark[] = sorted.map((m, i) => {
    const s = stacked[i]!;
    const item = items[i]!;
    const firstRow = s.row + item.lines - 1;
    const lines = (labels[i] ?? []).map((text, j) => ({
      text,
      x: s.side === 'right' ? item.x + ringR + 6 : item.x - ringR - 6,
      y: rowY(firstRow - j) + o.fontSize * 0.35,
    }));
    return {
      ...m,
      day: dayOf(m.date),
      x: item.x,
      y: rowY(firstRow),
      side: s.side,
      lines,
      claimParty: m.claimedBy[0]?.party,
      denialParty: m.deniedBy[0]?.party,
    };
  });

  const weekly = Array.from({ length: Math.floor((days - 3) / 7) + 1 }, (_, k) => k * 7).filter(
    (d) => d <= days - 3,
  );
  const tickDays = [...weekly, days];
  const ticks = thinTicks(
    tickDays.map((d) => ({ x: x(d), label: shortDate(addDays(data.start, d)) })),
    o.smallFontSize,
    o.margin,
    o.width - o.margin,
    10,
    true,
  );

  return {
    options: o,
    height: axisY + 8 + 18 + o.margin,
    days,
    start: data.start,
    end: data.end,
    x,
    legend: legend.entries,
    legendTop,
    marksTop,
    axisY,
    ticks,
    marks,
  };
}

/** The day index under an x position (for pointer scrubbing), clamped to the war. */
export function dayAt(layout: WarTimelineLayout, px: number): number {
  const { x, days } = layout;
  const x0 = x(0);
  const x1 = x(days);
  return Math.min(days, Math.max(0, Math.round(((px - x0) / (x1 - x0)) * days)));
}

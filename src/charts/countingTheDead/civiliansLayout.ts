import { scaleLinear } from 'd3-scale';
import { shortDate } from '../core/chartDate.ts';
import { formatValue } from '../core/formatValue.ts';
import type { Party } from '../core/party.ts';
import type { ReportedSeries, ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import { wrapText } from '../core/wrapText.ts';
import type { CountingTheDeadOptions } from './countingTheDeadTypes.ts';

/** One report as a bar. */
export interface CivilianBar extends ReportedValue {
  party: Party;
  dateLabel: { text: string; x: number; y: number };
  x0: number;
  width: number;
  /** Extension to the top of a reported range. */
  rangeWidth: number;
  y: number;
  height: number;
  valueLabel: { text: string; x: number; y: number };
}

/** A series: its heading and bars. */
export interface CivilianGroup {
  id: string;
  heading: { text: string; x: number; y: number }[];
  bars: CivilianBar[];
}

/** Geometry of the civilians panel. */
export interface CiviliansLayout {
  top: number;
  bottom: number;
  title: { text: string; x: number; y: number }[];
  groups: CivilianGroup[];
  /** Zero line of the bars. */
  baseX: number;
}

/** What the bars panel needs of a chart's options (also used by "The dead of September 2023"). */
export type ReportBarsOptions = Pick<
  CountingTheDeadOptions,
  'width' | 'margin' | 'fontSize' | 'smallFontSize' | 'lineHeight' | 'rowHeight'
>;

/**
 * Lays out the civilians panel from `top`: a heading per series, a bar per report, all on one
 * scale, under `title`.
 */
export function layoutCivilians(
  series: readonly ReportedSeries[],
  o: ReportBarsOptions,
  top: number,
  title: string,
): CiviliansLayout {
  const values = series.flatMap((s) => s.values);
  if (!values.length) return { top, bottom: top, title: [], groups: [], baseX: o.margin };
  const inner = o.width - 2 * o.margin;
  const titleLines = wrapText(title, inner, o.fontSize, 'bold').map((text, i) => ({
    text,
    x: o.margin,
    y: top + o.fontSize + i * o.lineHeight,
  }));
  const dateCol = Math.max(
    ...values.map((v) => textWidth(shortDate(v.date, true), o.smallFontSize)),
  );
  const valueCol = Math.max(
    ...values.map((v) => textWidth(formatValue(v), o.smallFontSize, 'bold')),
  );
  const baseX = o.margin + dateCol + 8;
  const x = scaleLinear()
    .domain([0, Math.max(...values.map((v) => v.upper ?? v.value))])
    .range([baseX, Math.max(baseX + 20, o.width - o.margin - valueCol - 6)]);

  let y = top + titleLines.length * o.lineHeight + 10;
  const groups = series.map((s) => {
    const heading = wrapText(s.label, inner, o.smallFontSize).map((text, i) => ({
      text,
      x: o.margin,
      y: y + o.smallFontSize + i * o.lineHeight,
    }));
    y += heading.length * o.lineHeight + 6;
    const bars = s.values.map((v) => {
      const barH = 12;
      const rowMid = y + o.rowHeight / 2;
      const width = x(v.value) - baseX;
      const rangeWidth = v.upper === undefined ? 0 : x(v.upper) - x(v.value);
      const bar: CivilianBar = {
        ...v,
        party: s.party,
        dateLabel: {
          text: shortDate(v.date, true),
          x: o.margin,
          y: rowMid + o.smallFontSize * 0.35,
        },
        x0: baseX,
        width,
        rangeWidth,
        y: rowMid - barH / 2,
        height: barH,
        valueLabel: {
          text: formatValue(v),
          x: baseX + width + rangeWidth + 6,
          y: rowMid + o.smallFontSize * 0.35,
        },
      };
      y += o.rowHeight;
      return bar;
    });
    y += 10;
    return { id: s.id, heading, bars };
  });
  return { top, bottom: y, title: titleLines, groups, baseX };
}

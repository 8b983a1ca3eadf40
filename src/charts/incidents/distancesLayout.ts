import { scaleLinear } from 'd3-scale';
import { shortDate } from '../core/chartDate.ts';
import { groupDigits } from '../core/formatValue.ts';
import { textWidth } from '../core/textWidth.ts';
import { thinTicks, type PlacedTick } from '../core/thinTicks.ts';
import { wrapText } from '../core/wrapText.ts';
import type { IncidentsData, IncidentsOptions } from './incidentsTypes.ts';

/** An incident's row in the distances panel. */
export interface DistanceRow {
  id: string;
  date: string;
  inCluster: boolean;
  label: { text: string; x: number; y: number }[];
  /** Marker position; absent when there is no distance. */
  dot?: { x: number; y: number };
  /** The distance ("0.6 km"), or why there is none, wrapped to the space right of the line. */
  value: { text: string; x: number; y: number }[];
  y: number;
}

/** Geometry of the distances panel. */
export interface DistancesLayout {
  top: number;
  bottom: number;
  title: { text: string; x: number; y: number }[];
  note: { text: string; x: number; y: number }[];
  x0: number;
  x1: number;
  axisY: number;
  ticks: PlacedTick[];
  rows: DistanceRow[];
}

/** Lays out the distances panel from `top`: a row per incident, a km scale starting at the line. */
export function layoutDistances(
  data: IncidentsData,
  o: IncidentsOptions,
  top: number,
): DistancesLayout {
  const inner = o.width - 2 * o.margin;
  const title = wrapText(o.text.distances, inner, o.fontSize, 'bold').map((text, i) => ({
    text,
    x: o.margin,
    y: top + o.fontSize + i * o.lineHeight,
  }));
  const incidents = [...data.incidents].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const mode = o.names ?? 'en';
  const labels = incidents.map(
    (inc) => `${shortDate(inc.date, true)} · ${inc.placeNames?.[mode] ?? inc.place ?? '—'}`,
  );
  // Row labels take up to 45% of the width (wrapping beyond), the km scale the rest.
  const labelCol = Math.min(
    Math.max(0, ...labels.map((l) => textWidth(l, o.smallFontSize))),
    inner * 0.45,
  );
  const valueText = (km?: number, approx?: boolean) =>
    km === undefined ? o.text.noPlace : `${approx ? '≈ ' : ''}${groupDigits(km)} km`;
  const valueCol = Math.max(
    ...incidents.map((i) =>
      i.distanceKm === undefined
        ? 0
        : textWidth(valueText(i.distanceKm, i.approximate), o.smallFontSize, 'bold'),
    ),
    0,
  );
  const x0 = o.margin + labelCol + 12;
  const x1 = Math.max(x0 + 40, o.width - o.margin - valueCol - 8);
  const max = Math.max(1, ...incidents.map((i) => i.distanceKm ?? 0));
  const x = scaleLinear().domain([0, max]).nice(4).range([x0, x1]);
  const axisY = top + title.length * o.lineHeight + 8 + o.smallFontSize;
  const ticks = thinTicks(
    x.ticks(5).map((v) => ({ x: x(v), label: v === 0 ? o.text.line : `${groupDigits(v)} km` })),
    o.smallFontSize,
    o.margin,
    o.width - o.margin,
    10,
  );

  let y = axisY + 10;
  const rows: DistanceRow[] = incidents.map((inc, i) => {
    const lines = wrapText(labels[i]!, labelCol, o.smallFontSize);
    const text = valueText(inc.distanceKm, inc.approximate);
    const dotX = inc.distanceKm === undefined ? undefined : x(inc.distanceKm);
    const valueX = dotX === undefined ? x0 + 6 : dotX + 9;
    const valueLines =
      dotX === undefined ? wrapText(text, o.width - o.margin - valueX, o.smallFontSize) : [text];
    const h = Math.max(o.rowHeight, Math.max(lines.length, valueLines.length) * o.lineHeight + 6);
    const mid = y + h / 2;
    const block = (n: number, j: number) =>
      mid - ((n - 1) * o.lineHeight) / 2 + j * o.lineHeight + o.smallFontSize * 0.35;
    const row: DistanceRow = {
      id: inc.id,
      date: inc.date,
      inCluster: inc.inCluster,
      label: lines.map((t, j) => ({ text: t, x: o.margin, y: block(lines.length, j) })),
      ...(dotX === undefined ? {} : { dot: { x: dotX, y: mid } }),
      value: valueLines.map((t, j) => ({ text: t, x: valueX, y: block(valueLines.length, j) })),
      y: mid,
    };
    y += h;
    return row;
  });
  const note = incidents.some((i) => i.approximate)
    ? wrapText(o.text.approximate, inner, o.smallFontSize).map((text, i) => ({
        text,
        x: o.margin,
        y: y + 8 + o.smallFontSize + i * o.lineHeight,
      }))
    : [];
  return {
    top,
    bottom: y + (note.length ? 8 + note.length * o.lineHeight : 0),
    title,
    note,
    x0,
    x1,
    axisY,
    ticks,
    rows,
  };
}

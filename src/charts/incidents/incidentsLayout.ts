import { scaleBand } from 'd3-scale';
import type { PartExtent } from '../core/chartParts.ts';
import { monthName, monthsBetween } from '../core/chartDate.ts';
import { thinTicks, type PlacedTick } from '../core/thinTicks.ts';
import { wrapText } from '../core/wrapText.ts';
import { clusterBand, type ClusterBand } from './clusterBand.ts';
import { layoutDistances, type DistancesLayout } from './distancesLayout.ts';
import type { IncidentsData, IncidentsOptions } from './incidentsTypes.ts';

/**
 * Incidents on the line: a month-by-month strip (a square per incident) with the cluster picked
 * out, then each incident's distance to the 2020 line. States: `step` 1 = the strip, 2 = + the
 * cluster, 3 = + distances (default: all); `until` = only incidents dated by then; `part` 1 = the
 * strip alone, 2 = the distances alone.
 */
export const defaults: IncidentsOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  rowHeight: 22,
  text: {
    strip: 'Incidents by month',
    incident: 'incident',
    incidents: 'incidents',
    distances: 'Distance from the place named to the 2020 line',
    noPlace: 'no place with coordinates',
    line: '2020 line',
    approximate: '≈ measured to a part of the line we drew approximately',
  },
};

/** An incident's square in the strip. */
export interface StripSquare {
  id: string;
  date: string;
  inCluster: boolean;
  x: number;
  y: number;
  size: number;
}

/** Geometry of the whole chart. */
export interface IncidentsLayout {
  options: IncidentsOptions;
  height: number;
  stripTitle: { text: string; x: number; y: number }[];
  baseline: number;
  x0: number;
  x1: number;
  squares: StripSquare[];
  monthTicks: PlacedTick[];
  yearTicks: PlacedTick[];
  tickY: number;
  cluster?: ClusterBand;
  distances: DistancesLayout;
  /** The two panels' extents, top first (what a state's `part` picks). */
  parts: PartExtent[];
}

/** Lays out "Incidents on the line" at `options.width`. */
export function layoutIncidents(data: IncidentsData, o: IncidentsOptions): IncidentsLayout {
  const inner = o.width - 2 * o.margin;
  const months = monthsBetween(data.from, data.to);
  const band = scaleBand<string>()
    .domain(months)
    .range([o.margin, o.width - o.margin])
    .paddingInner(0.15);
  const size = Math.min(16, band.bandwidth());
  const stripTitle = wrapText(o.text.strip, inner, o.fontSize, 'bold').map((text, i) => ({
    text,
    x: o.margin,
    y: o.margin + o.fontSize + i * o.lineHeight,
  }));
  const perMonth = new Map<string, number>();
  for (const inc of data.incidents)
    perMonth.set(inc.date.slice(0, 7), (perMonth.get(inc.date.slice(0, 7)) ?? 0) + 1);
  const tallest = Math.max(1, ...perMonth.values());
  const clusterIds = data.incidents.filter((i) => i.inCluster);
  const clusterLabelH = data.cluster ? o.lineHeight + 4 : 0;
  const baseline =
    o.margin + stripTitle.length * o.lineHeight + 8 + clusterLabelH + tallest * (size + 2);
  const stack = new Map<string, number>();
  const squares = [...data.incidents]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .filter((inc) => band(inc.date.slice(0, 7)) !== undefined)
    .map((inc) => {
      const key = inc.date.slice(0, 7);
      const k = stack.get(key) ?? 0;
      stack.set(key, k + 1);
      const x = (band(key) ?? 0) + (band.bandwidth() - size) / 2;
      return {
        id: inc.id,
        date: inc.date,
        inCluster: inc.inCluster,
        x,
        y: baseline - (k + 1) * (size + 2),
        size,
      };
    });
  const tickY = baseline + 6 + o.smallFontSize;
  const center = (m: string) => (band(m) ?? 0) + band.bandwidth() / 2;
  const monthTicks = thinTicks(
    months.map((m) => ({
      x: center(m),
      label: monthName(Number(m.slice(5))).slice(0, band.bandwidth() >= 28 ? 3 : 1),
    })),
    o.smallFontSize,
    o.margin,
    o.width - o.margin,
    3,
  );
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const yearTicks = years.map((y) => {
    const first = months.find((m) => m.startsWith(y))!;
    return { x: band(first) ?? 0, label: y, anchor: 'start' as const };
  });

  const cluster = data.cluster
    ? clusterBand(months, data.cluster, clusterIds.length, {
        band: (m) => band(m),
        bandwidth: band.bandwidth(),
        top: baseline - tallest * (size + 2) - clusterLabelH,
        maxX: o.width - o.margin,
        fontSize: o.smallFontSize,
        words: [o.text.incident, o.text.incidents],
      })
    : undefined;
  const distances = layoutDistances(data, o, tickY + o.lineHeight + 24);
  return {
    options: o,
    height: distances.bottom + o.margin,
    stripTitle,
    baseline,
    x0: o.margin,
    x1: o.width - o.margin,
    squares,
    monthTicks,
    yearTicks: yearTicks.map((t) => ({ ...t })),
    tickY,
    ...(cluster ? { cluster } : {}),
    distances,
    parts: [
      // The strip ends under its year labels, a line below the month labels.
      { top: o.margin, bottom: tickY + o.lineHeight + 4 },
      { top: distances.top, bottom: distances.bottom },
    ],
  };
}

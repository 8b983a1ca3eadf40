import { monthRange } from '../core/chartDate.ts';
import { textWidth } from '../core/textWidth.ts';

/** The highlight behind a run of months, with its label ("Mar–Apr 2022: 5 incidents"). */
export interface ClusterBand {
  x: number;
  width: number;
  top: number;
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' };
}

/** Geometry the band is drawn in. */
export interface ClusterGeometry {
  band(month: string): number | undefined;
  bandwidth: number;
  /** Top of the band (its label sits just inside). */
  top: number;
  maxX: number;
  fontSize: number;
  /** Singular and plural of the thing counted. */
  words: [string, string];
}

/**
 * The band over the months of `cluster` that the strip shows, labelled with its months and count.
 * The label starts at the band and runs right, or ends at it where it would pass the edge.
 * Undefined when no month of the cluster is shown.
 */
export function clusterBand(
  months: readonly string[],
  cluster: { from: string; to: string },
  count: number,
  g: ClusterGeometry,
): ClusterBand | undefined {
  const inRange = months.filter((m) => m >= cluster.from && m <= cluster.to);
  const first = inRange[0];
  const last = inRange[inRange.length - 1];
  if (!first || !last) return undefined;
  const x = g.band(first) ?? 0;
  const width = (g.band(last) ?? 0) + g.bandwidth - x;
  const text = `${monthRange(first, last)}: ${count} ${count === 1 ? g.words[0] : g.words[1]}`;
  const fitsRight = x + textWidth(text, g.fontSize, 'bold') <= g.maxX;
  return {
    x: x - 2,
    width: width + 4,
    top: g.top,
    label: {
      text,
      x: fitsRight ? x : x + width,
      y: g.top + g.fontSize,
      anchor: fitsRight ? 'start' : 'end',
    },
  };
}

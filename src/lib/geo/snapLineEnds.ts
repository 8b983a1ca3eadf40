import type { Position } from 'geojson';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** One end moved onto another line's vertex, for the record. */
export interface Snap {
  /** Which input line (index) and which end. */
  line: number;
  end: 'start' | 'end';
  from: Position;
  to: Position;
  /** How far the end moved. */
  km: number;
}

/** Short-range distance in km; an equirectangular approximation is exact enough below a few km. */
function approxKm(a: Position, b: Position): number {
  const dx = (a[0]! - b[0]!) * Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  const dy = a[1]! - b[1]!;
  return Math.hypot(dx, dy) * KM_PER_DEGREE;
}

/**
 * Closes small gaps where lines that should meet stop just short of each other (digitising
 * slips, lines split at slightly different places): each end of each line moves onto the
 * nearest vertex of any other line within `snapKm`, in input order. Ends already on another
 * line's vertex stay put. Returns the moved copies and a list of every snap made, so the gaps
 * can be reported. Only ends move, and only onto existing vertices, so no shape is invented.
 * Never mutates its input.
 */
export function snapLineEnds(
  lines: readonly (readonly Position[])[],
  snapKm: number,
): { lines: Position[][]; snaps: Snap[] } {
  if (!(Number.isFinite(snapKm) && snapKm >= 0)) {
    throw new RangeError(`snapKm must be a distance in km ≥ 0, received ${String(snapKm)}`);
  }
  const out = lines.map((line) => line.map((p) => [p[0]!, p[1]!]));
  const snaps: Snap[] = [];
  out.forEach((line, i) => {
    for (const end of ['start', 'end'] as const) {
      const index = end === 'start' ? 0 : line.length - 1;
      const here = line[index];
      if (!here) continue;
      let best: { to: Position; km: number } | undefined;
      out.forEach((other, j) => {
        if (j === i) return;
        for (const vertex of other) {
          const km = approxKm(here, vertex);
          if (km <= snapKm && (best === undefined || km < best.km)) best = { to: vertex, km };
        }
      });
      if (best && best.km > 0) {
        line[index] = [best.to[0]!, best.to[1]!];
        snaps.push({ line: i, end, from: here, to: line[index]!, km: best.km });
      }
    }
  });
  return { lines: out, snaps };
}

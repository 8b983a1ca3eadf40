import type { Position } from 'geojson';

/** Parameter slack so that a crossing found at t = 1 − 1e-13 is treated as the segment's end. */
const EPSILON = 1e-12;

interface Cut {
  t: number;
  at: Position;
}

/** Where segments a→b and c→d meet: the parameters along each, or null if parallel or apart. */
function crossing(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): { t: number; u: number } | null {
  const rx = b[0]! - a[0]!;
  const ry = b[1]! - a[1]!;
  const sx = d[0]! - c[0]!;
  const sy = d[1]! - c[1]!;
  const denominator = rx * sy - ry * sx;
  // Parallel or collinear segments are not cut: identical overlaps are removed as duplicates later.
  if (denominator === 0) return null;
  const qx = c[0]! - a[0]!;
  const qy = c[1]! - a[1]!;
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  if (t < -EPSILON || t > 1 + EPSILON || u < -EPSILON || u > 1 + EPSILON) return null;
  return { t: Math.min(1, Math.max(0, t)), u: Math.min(1, Math.max(0, u)) };
}

const isInterior = (v: number): boolean => v > EPSILON && v < 1 - EPSILON;

/**
 * Inserts a shared vertex wherever two segments cross or one line's vertex touches another's
 * segment between its vertices, so that lines only meet at vertices they both have — the
 * "noded" input a polygon builder needs. Both lines get the very same coordinates at each
 * cut, so they match exactly. Collinear overlaps are left as they are. Brute force over all
 * segment pairs with a bounding-box check: fine for the few thousand segments of a boundary.
 * Never mutates its input.
 */
export function nodeLines(lines: readonly (readonly Position[])[]): Position[][] {
  const segments = lines.flatMap((line, li) =>
    line.slice(0, -1).map((a, si) => {
      const b = line[si + 1]!;
      return {
        li,
        si,
        a,
        b,
        minX: Math.min(a[0]!, b[0]!),
        maxX: Math.max(a[0]!, b[0]!),
        minY: Math.min(a[1]!, b[1]!),
        maxY: Math.max(a[1]!, b[1]!),
      };
    }),
  );
  const cuts = new Map<string, Cut[]>();
  const addCut = (li: number, si: number, cut: Cut): void => {
    const key = `${li}:${si}`;
    cuts.set(key, [...(cuts.get(key) ?? []), cut]);
  };
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const o = segments[j]!;
      if (o.minX > s.maxX || o.maxX < s.minX || o.minY > s.maxY || o.maxY < s.minY) continue;
      // neighbours along the same line always share their joint vertex; nothing to cut there
      if (s.li === o.li && Math.abs(s.si - o.si) === 1) continue;
      const hit = crossing(s.a, s.b, o.a, o.b);
      if (!hit) continue;
      if (!isInterior(hit.t) && !isInterior(hit.u)) continue; // they meet at existing vertices
      // Reuse an existing vertex when the meeting point is one, so coordinates match exactly.
      const at: Position = !isInterior(hit.t)
        ? [...(hit.t < 0.5 ? s.a : s.b)]
        : !isInterior(hit.u)
          ? [...(hit.u < 0.5 ? o.a : o.b)]
          : [s.a[0]! + hit.t * (s.b[0]! - s.a[0]!), s.a[1]! + hit.t * (s.b[1]! - s.a[1]!)];
      if (isInterior(hit.t)) addCut(s.li, s.si, { t: hit.t, at });
      if (isInterior(hit.u)) addCut(o.li, o.si, { t: hit.u, at });
    }
  }
  return lines.map((line, li) =>
    line.flatMap((p, si) => {
      const inserted = (cuts.get(`${li}:${si}`) ?? [])
        .sort((x, y) => x.t - y.t)
        .map((c) => [...c.at]);
      return si === line.length - 1 ? [[...p]] : [[...p], ...inserted];
    }),
  );
}

import type { GeoStream } from 'd3-geo';

/**
 * A d3-geo stream filter for projected (screen) coordinates that simplifies each line and ring
 * with Douglas–Peucker: a point is kept only where leaving it out would move the drawn edge by more
 * than `tolerance` px. Unlike a distance filter ({@link pixelFilter}), it drops the many points of a
 * nearly straight stretch however far apart they are, and keeps the corners of a bend however
 * close; the static maps' borders and rivers are mostly such stretches, and every point dropped
 * is bytes off the story's HTML. Lines keep both ends; a ring keeps its first point and the point
 * farthest from it, so it never collapses to a segment. Deterministic: same input, same output.
 */
export function simplifyFilter(output: GeoStream, tolerance = 0.5): GeoStream {
  let inPolygon = false;
  let buffer: [number, number][] | null = null;
  return {
    point(x, y) {
      if (buffer) buffer.push([x, y]);
      else output.point(x, y);
    },
    lineStart() {
      buffer = [];
      output.lineStart();
    },
    lineEnd() {
      const points = buffer ?? [];
      buffer = null;
      for (const [x, y] of inPolygon
        ? simplifyRing(points, tolerance)
        : simplify(points, tolerance))
        output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      output.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}

type Point = [number, number];

/** Douglas–Peucker on an open line: both ends kept. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const t2 = tolerance * tolerance;
  // An explicit stack rather than recursion: a river can have thousands of points.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(points[i]!, points[a]!, points[b]!);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (index !== -1 && worst > t2) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Douglas–Peucker on a ring: split at the point farthest from the first, each half simplified. */
export function simplifyRing(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 4) return [...points];
  const [x0, y0] = points[0]!;
  let far = 0;
  let farthest = -1;
  points.forEach(([x, y], i) => {
    const d = (x - x0) ** 2 + (y - y0) ** 2;
    if (d > farthest) {
      farthest = d;
      far = i;
    }
  });
  if (far === 0) return [points[0]!];
  return [
    ...simplify(points.slice(0, far + 1), tolerance).slice(0, -1),
    ...simplify(points.slice(far), tolerance),
  ];
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

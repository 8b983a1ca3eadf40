import type { GeoStream } from 'd3-geo';

/**
 * A d3-geo stream filter for projected (screen) coordinates that drops points closer than
 * `minDistance` px to the last point kept. A static map needs no detail finer than a pixel, and
 * dropping it cuts the SVG a reader downloads several-fold. Lines keep their last point, so they
 * still end where they should; polygons close themselves.
 */
export function pixelFilter(output: GeoStream, minDistance = 1): GeoStream {
  const min2 = minDistance * minDistance;
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      if (last) {
        const dx = x - last[0];
        const dy = y - last[1];
        if (dx * dx + dy * dy < min2) {
          pending = [x, y];
          return;
        }
      }
      output.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = null;
      pending = null;
      output.lineStart();
    },
    lineEnd() {
      if (pending && !inPolygon) output.point(pending[0], pending[1]);
      last = null;
      pending = null;
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

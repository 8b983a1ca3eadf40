import { buffer, rewind } from '@turf/turf';
import type { Feature, GeoJsonProperties, LineString, Polygon } from 'geojson';

/** How finely the round ends and bends are drawn: segments per quarter circle. */
const DEFAULT_STEPS = 8;

/**
 * A band of ground within `halfWidthKm` of a route: the route buffered on both sides, with
 * rounded ends and bends, wound counter-clockwise as RFC 7946 asks. Approximate by nature: the
 * buffer is computed in an azimuthal equidistant projection centred on the route, which is
 * accurate to well under 1% for routes a few tens of km long.
 * @see https://turfjs.org/docs/api/buffer
 */
export function corridorBand(
  route: LineString | Feature<LineString>,
  halfWidthKm: number,
  steps: number = DEFAULT_STEPS,
): Feature<Polygon, GeoJsonProperties> {
  if (!(Number.isFinite(halfWidthKm) && halfWidthKm > 0)) {
    throw new RangeError(
      `halfWidthKm must be a positive number of km, received ${String(halfWidthKm)}`,
    );
  }
  const line = route.type === 'Feature' ? route.geometry : route;
  if (line.coordinates.length < 2) {
    throw new RangeError(
      `the route needs at least 2 positions, received ${line.coordinates.length}`,
    );
  }
  const band = buffer(line, halfWidthKm, { units: 'kilometers', steps });
  // A single line buffered by a positive distance is always one polygon; anything else means bad input.
  if (band === undefined || band.geometry.type !== 'Polygon') {
    throw new Error(
      `buffering the route did not give one polygon (got ${band?.geometry.type ?? 'nothing'})`,
    );
  }
  const polygon: Feature<Polygon, GeoJsonProperties> = {
    type: 'Feature',
    properties: {},
    geometry: band.geometry,
  };
  return rewind(polygon, { reverse: false }) as Feature<Polygon, GeoJsonProperties>;
}

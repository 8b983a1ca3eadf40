import { nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

/**
 * Shortest distance in km from a point ([lon, lat]) to a LineString or MultiLineString,
 * measured to the nearest point anywhere along it (not just to its vertices), on the sphere.
 * @see https://turfjs.org/docs/api/nearestPointOnLine
 */
export function distanceToLineKm(
  point: Position,
  line: LineString | MultiLineString | Feature<LineString | MultiLineString>,
): number {
  const nearest = nearestPointOnLine(line, point, { units: 'kilometers' });
  return nearest.properties.pointDistance;
}

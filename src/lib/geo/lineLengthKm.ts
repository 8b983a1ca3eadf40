import { length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Length in km of the lines in a geometry, feature or collection (great-circle segments, haversine
 * on turf's mean Earth radius). Polygon outlines count as their perimeter; points as zero.
 * @see https://turfjs.org/docs/api/length
 */
export function lineLengthKm(geojson: Geometry | Feature | FeatureCollection): number {
  // turf's length only accepts features or collections, so lift a bare geometry first.
  const input =
    geojson.type === 'Feature' || geojson.type === 'FeatureCollection'
      ? geojson
      : ({ type: 'Feature', properties: {}, geometry: geojson } satisfies Feature);
  return length(input, { units: 'kilometers' });
}

import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const SQUARE_METRES_PER_KM2 = 1_000_000;

/**
 * Area of the polygons in a geometry, feature or collection, in km² (holes subtracted).
 * Spherical, on turf's mean Earth radius of 6,371.0088 km, so ring winding does not matter;
 * points and lines count as zero.
 * @see https://turfjs.org/docs/api/area
 */
export function areaKm2(geojson: Geometry | Feature | FeatureCollection): number {
  return area(geojson) / SQUARE_METRES_PER_KM2;
}

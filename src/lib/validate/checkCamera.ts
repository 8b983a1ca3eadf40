import type { CameraData } from '../../schemas/step.ts';
import { REGION_BBOX } from '../../schemas/place.ts';
import type { Problem } from './problem.ts';

const { west, east, south, north } = REGION_BBOX;
const inside = (lon: number, lat: number) =>
  lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * Finds camera points written [lat, lon] instead of [lon, lat]: such a camera passes the schema
 * (both numbers are valid degrees) and shows an empty map. A point counts as swapped when it lies
 * outside the region as written and inside once swapped, the test places already get.
 */
export function checkCamera(file: string, camera: CameraData): Problem[] {
  const points: [string, readonly [number, number]][] = [];
  if (camera.center) points.push(['camera.center', camera.center]);
  camera.bounds?.forEach((p, i) => points.push([`camera.bounds[${i}]`, p]));
  return points
    .filter(([, [lon, lat]]) => !inside(lon, lat) && inside(lat, lon))
    .map(([path, [lon, lat]]) => ({
      file,
      path,
      message: `[${lon}, ${lat}] looks swapped: read as longitude ${lon}, latitude ${lat} it is far outside the region, swapped it is inside (expected [longitude, latitude], e.g. [${lat}, ${lon}])`,
    }));
}

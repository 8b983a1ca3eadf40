import { distance } from '@turf/turf';
import type { Position } from 'geojson';

/** A named point to search among; coordinates may be missing (null) in the gazetteer. */
export interface PlacePoint {
  id: string;
  lon: number | null;
  lat: number | null;
}

/** The winning place and how far it is. */
export interface NearestPlace {
  id: string;
  km: number;
}

/**
 * The place closest to a point ([lon, lat]) by great-circle distance, with that distance in km.
 * Places without finite coordinates are skipped (the gazetteer has some); ties go to the
 * earlier place so the answer never depends on sort stability. Undefined when nothing qualifies.
 * @see https://turfjs.org/docs/api/distance
 */
export function nearestPlace(
  point: Position,
  places: readonly PlacePoint[],
): NearestPlace | undefined {
  let best: NearestPlace | undefined;
  for (const place of places) {
    if (!Number.isFinite(place.lon) || !Number.isFinite(place.lat)) continue;
    const km = distance(point, [place.lon as number, place.lat as number], { units: 'kilometers' });
    if (best === undefined || km < best.km) best = { id: place.id, km };
  }
  return best;
}

import type { Place, PlaceKind } from '../schemas/place.ts';
import type { MapPlace } from '../map/build/staticMap.ts';
import { placeName, type NameMode } from './placeName.ts';

const KIND_PRIORITY: Record<PlaceKind, number> = {
  capital: 0,
  city: 1,
  town: 2,
  village: 4,
  height: 5,
  monastery: 5,
  facility: 6,
  site: 6,
};

/**
 * Turns gazetteer places into map places: drops those without coordinates, names them in the
 * chosen convention and ranks them so larger places win label collisions.
 */
export function mapPlaces(
  places: readonly Place[],
  mode: NameMode = 'en',
  only?: readonly string[],
): MapPlace[] {
  const keep = only ? new Set(only) : null;
  return places
    .filter((p): p is Place & { lat: number; lon: number } => p.lat !== null && p.lon !== null)
    .filter((p) => !keep || keep.has(p.id))
    .map((p) => ({
      id: p.id,
      label: placeName(p, mode),
      lon: p.lon,
      lat: p.lat,
      priority: KIND_PRIORITY[p.kind],
      approximate: p.coordinatesDisagree,
    }));
}

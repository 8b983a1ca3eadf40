import { mapPlaces } from '../../lib/mapPlaces.ts';
import { nameModes, placeName, type NameMode } from '../../lib/placeName.ts';
import type { Place } from '../../schemas/place.ts';
import type { MapPlace } from '../build/staticMap.ts';

/** A map place with its name in every naming convention, for the browser map's name switcher. */
export interface StoryMapPlace extends MapPlace {
  names: Record<NameMode, string>;
}

/** What the browser map needs of a place (the JSON the page embeds for it). */
export type MapLabelPlace = Pick<
  StoryMapPlace,
  'id' | 'lon' | 'lat' | 'priority' | 'approximate' | 'names'
>;

/**
 * Gazetteer places as the interactive map needs them: those with coordinates (optionally only the
 * given ids), ranked like the static maps, each carrying all its names so the reader's choice of
 * convention can be applied in the browser without another request.
 */
export function storyMapPlaces(
  places: readonly Place[],
  only?: readonly string[],
): StoryMapPlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return mapPlaces(places, 'en', only).map((mp) => {
    const place = byId.get(mp.id);
    const names = Object.fromEntries(
      nameModes.map((m) => [m, place ? placeName(place, m) : mp.label]),
    );
    return { ...mp, names: names as Record<NameMode, string> };
  });
}

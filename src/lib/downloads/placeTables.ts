import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../../schemas/place.ts';
import { joinList, type Column } from './column.ts';

/** places.csv: the gazetteer, one row per place, every name in its own column. */
export const placeColumns: readonly Column<Place>[] = [
  { name: 'id', description: 'place id used by events and the story', value: (p) => p.id },
  { name: 'name_en', description: 'English usage, e.g. "Stepanakert"', value: (p) => p.names.en },
  {
    name: 'name_hy',
    description: 'Armenian-derived form, transliterated; empty when none is known',
    value: (p) => p.names.hy,
  },
  {
    name: 'name_az',
    description: 'Azerbaijani form in Azerbaijani Latin script; empty when none was found',
    value: (p) => p.names.az,
  },
  {
    name: 'name_az_latin',
    description: 'plain-Latin spelling of the Azerbaijani form, e.g. "Khankendi"',
    value: (p) => p.names.azLatin,
  },
  {
    name: 'names_other',
    description: 'other recorded spellings, separated by semicolons',
    value: (p) => joinList(p.names.other),
  },
  { name: 'lat', description: 'latitude, WGS84 degrees; empty when unknown', value: (p) => p.lat },
  { name: 'lon', description: 'longitude, WGS84 degrees; empty when unknown', value: (p) => p.lon },
  { name: 'kind', description: 'capital, city, town, village, height, …', value: (p) => p.kind },
  {
    name: 'country',
    description: 'internationally recognised state the place lies in: AM or AZ',
    value: (p) => p.country,
  },
  {
    name: 'coordinates_disagree',
    description: 'true when sources put the place more than 2 km apart (drawn as approximate)',
    value: (p) => p.coordinatesDisagree,
  },
  {
    name: 'max_discrepancy_km',
    description: 'largest distance to a cross-checked source, km',
    value: (p) => p.maxDiscrepancyKm,
  },
  {
    name: 'coord_source',
    description: 'where the coordinate comes from',
    value: (p) => p.coordSource.title,
  },
  { name: 'coord_source_url', description: 'its address', value: (p) => p.coordSource.url },
  {
    name: 'note',
    description: 'context, discrepancies, why a coordinate is missing',
    value: (p) => p.note,
  },
];

/**
 * places.geojson: every place with coordinates as a point (RFC 7946, lon/lat), with all its names
 * as flat properties so GIS tools show them as columns. Places without coordinates are left out.
 */
export function placesGeoJson(places: readonly Place[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = places.flatMap((p) =>
    p.lat === null || p.lon === null
      ? []
      : [
          {
            type: 'Feature',
            id: p.id,
            geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
            properties: {
              id: p.id,
              name_en: p.names.en,
              name_hy: p.names.hy,
              name_az: p.names.az,
              name_az_latin: p.names.azLatin ?? null,
              names_other: p.names.other,
              kind: p.kind,
              country: p.country,
              approximate: p.coordinatesDisagree,
              coord_source: p.coordSource.title,
              coord_source_url: p.coordSource.url,
            },
          },
        ],
  );
  return { type: 'FeatureCollection', features };
}

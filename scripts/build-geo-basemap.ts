/**
 * Basemap layers: countries around the region (world-atlas) and water (Natural Earth rivers and
 * lakes), clipped to the map box. Node-only; used by scripts/build-geo.ts.
 */
import { bboxClip, bboxPolygon, featureCollection, intersect } from '@turf/turf';
import { feature } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { mergeLines } from '../src/lib/geo/mergeLines.ts';
import { simplifyTopology } from '../src/lib/geo/simplifyTopology.ts';
import { collection, roundLayer, windLayer, finishLayer, type Layer } from './build-geo-output.ts';
import { LICENCES, SOURCES, type BuildInputs } from './build-geo-sources.ts';

/** The map box basemap layers are clipped to: [west, south, east, north]. */
export const BASEMAP_BOX: [number, number, number, number] = [42, 37, 51.5, 43.5];

/**
 * Countries drawn, by ISO 3166 numeric code (world-atlas ids). Iraq, Syria and Kazakhstan only
 * touch the corners of the box but are kept so no land is left blank there.
 */
const COUNTRIES: { numeric: string; iso: string; name: string }[] = [
  { numeric: '051', iso: 'AM', name: 'Armenia' },
  { numeric: '031', iso: 'AZ', name: 'Azerbaijan' },
  { numeric: '268', iso: 'GE', name: 'Georgia' },
  { numeric: '364', iso: 'IR', name: 'Iran' },
  { numeric: '792', iso: 'TR', name: 'Turkey' },
  { numeric: '643', iso: 'RU', name: 'Russia' },
  { numeric: '368', iso: 'IQ', name: 'Iraq' },
  { numeric: '760', iso: 'SY', name: 'Syria' },
  { numeric: '398', iso: 'KZ', name: 'Kazakhstan' },
];

/**
 * countries.geojson: Natural Earth countries simplified arc by arc (shared borders stay shared),
 * then clipped to BASEMAP_BOX. Azerbaijan's MultiPolygon includes Nakhchivan.
 */
export function buildCountries(inputs: BuildInputs, tolerance: number): Layer {
  const topology = simplifyTopology(inputs.worldAtlas, tolerance);
  const all = feature(topology, topology.objects.countries!) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const box = bboxPolygon(BASEMAP_BOX);
  const features = COUNTRIES.flatMap(
    ({ numeric, iso, name }): Feature<Geometry, GeoJsonProperties>[] => {
      const country = all.features.find((f) => String(f.id) === numeric);
      if (!country) throw new Error(`world-atlas has no country with id ${numeric} (${name})`);
      const clipped = intersect(featureCollection([country, box]));
      if (!clipped) return [];
      return [
        {
          type: 'Feature',
          properties: {
            id: `country-${iso.toLowerCase()}`,
            name,
            iso,
            approximate: false,
            source: SOURCES.worldAtlas,
            license: LICENCES.naturalEarth,
          },
          geometry: clipped.geometry,
        },
      ];
    },
  );
  // Simplification already happened on the arcs; here only rounding and winding remain.
  return windLayer(roundLayer(collection(features)));
}

/** Lower-case, hyphenated id from a name: "Qotur/Ghotour Chai" → "qotur-ghotour-chai". */
const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Lines of a (Multi)LineString geometry. */
const partsOf = (g: Geometry): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];

/** Lake names as our text uses them, where Natural Earth spells them otherwise. */
const LAKE_NAMES: Record<string, string> = { 'Mingevir Reservoir': 'Mingachevir Reservoir' };

/**
 * water.geojson: named rivers (one feature per river, its pieces joined where they meet) and
 * lakes, clipped to BASEMAP_BOX. "Lake Centerline" pieces are left out: they run across lakes
 * that are drawn anyway. Unnamed rivers are left out: nothing on the map could label them.
 */
export function buildWater(inputs: BuildInputs, tolerance: number): Layer {
  const riverSources = [
    { fc: inputs.neRivers, source: SOURCES.neRivers },
    { fc: inputs.neRiversEurope, source: SOURCES.neRiversEurope },
  ];
  const byName = new Map<
    string,
    { parts: Position[][]; sources: Set<string>; nameAlt: string | null }
  >();
  for (const { fc, source } of riverSources) {
    for (const f of fc.features) {
      const name = f.properties?.name as string | null;
      if (!name || f.properties?.featurecla !== 'River') continue;
      const entry = byName.get(name) ?? { parts: [], sources: new Set<string>(), nameAlt: null };
      entry.parts.push(...partsOf(f.geometry));
      entry.sources.add(source);
      entry.nameAlt ??= (f.properties?.name_alt as string | null) ?? null;
      byName.set(name, entry);
    }
  }
  const rivers = [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1)) // code-point order: the same on every machine
    .flatMap(([name, { parts, sources, nameAlt }]): Feature<Geometry, GeoJsonProperties>[] => {
      const merged = mergeLines(parts);
      const clipped = bboxClip(
        { type: 'MultiLineString', coordinates: merged },
        BASEMAP_BOX,
      ).geometry;
      const lines = partsOf(clipped).filter((l) => l.length >= 2);
      if (lines.length === 0) return [];
      return [
        {
          type: 'Feature',
          properties: {
            id: `river-${slug(name)}`,
            name,
            nameAlt,
            kind: 'river',
            approximate: false,
            source: [...sources].join('; '),
            license: LICENCES.naturalEarth,
          },
          geometry:
            lines.length === 1
              ? { type: 'LineString', coordinates: lines[0]! }
              : { type: 'MultiLineString', coordinates: lines },
        },
      ];
    });
  const box = bboxPolygon(BASEMAP_BOX);
  const lakes = inputs.neLakes.features.flatMap((f): Feature<Geometry, GeoJsonProperties>[] => {
    const rawName = f.properties?.name as string;
    const clipped = intersect(featureCollection([f as Feature<Polygon | MultiPolygon>, box]));
    if (!clipped) return [];
    const name = LAKE_NAMES[rawName] ?? rawName;
    return [
      {
        type: 'Feature',
        properties: {
          id: `lake-${slug(name.replace(/^Lake\s+/, ''))}`, // "Lake Sevan" → lake-sevan
          name,
          nameInSource: rawName,
          kind: 'lake',
          approximate: false,
          source: SOURCES.neLakes,
          license: LICENCES.naturalEarth,
        },
        geometry: clipped.geometry,
      },
    ];
  });
  return finishLayer(collection([...lakes, ...rivers]), tolerance);
}

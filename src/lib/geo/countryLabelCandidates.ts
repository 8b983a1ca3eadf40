import { booleanPointInPolygon, lineString, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryLabelCandidates } from '../../map/shared/countryLabels.ts';

/** The states named on the maps, in the reader's English usage (no naming convention differs). */
export const NAMED_COUNTRIES: Readonly<Record<string, string>> = {
  AM: 'Armenia',
  AZ: 'Azerbaijan',
  GE: 'Georgia',
  IR: 'Iran',
  RU: 'Russia',
  TR: 'Turkey',
};

/** Options of {@link countryLabelCandidates}. */
export interface CandidateOptions {
  /** Grid spacing, degrees, for Armenia and Azerbaijan (the maps zoom in on them). */
  step: number;
  /** Grid spacing for the other neighbours, seen only in wide views. */
  wideStep: number;
  /** Points nearer the border than this, km, are not kept (a name there would cross it). */
  minDepthKm: number;
  /** Only points in [west, south, east, north]. */
  box: readonly [number, number, number, number];
}

export const candidateDefaults: CandidateOptions = {
  step: 0.25,
  wideStep: 0.5,
  minDepthKm: 4,
  box: [42, 37, 51.5, 43.5],
};
const FINE = new Set(['AM', 'AZ']);

const cache = new WeakMap<FeatureCollection, CountryLabelCandidates[]>();

/**
 * Where each named country's label may go: a regular grid of points inside the country, each
 * with its distance to the border in km (a label is kept that far inside). Build time only (turf).
 */
export function countryLabelCandidates(
  countries: FeatureCollection,
  options: Partial<CandidateOptions> = {},
): CountryLabelCandidates[] {
  const fixed = Object.keys(options).length === 0;
  const hit = fixed && cache.get(countries);
  if (hit) return hit;
  const o = { ...candidateDefaults, ...options };
  const box = o.box;
  const [west, south, east, north] = box;
  const out: CountryLabelCandidates[] = [];
  for (const feature of countries.features) {
    const iso = String(feature.properties?.iso ?? '');
    const name = NAMED_COUNTRIES[iso];
    const geometry = feature.geometry;
    if (!name || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const shape = feature as Feature<Polygon | MultiPolygon>;
    const outline = polygonToLine(shape);
    const parts = outline.type === 'FeatureCollection' ? outline.features : [outline];
    // pointToLineDistance takes LineStrings only: a country in pieces (Azerbaijan and
    // Nakhchivan) gives a MultiLineString outline.
    const lines = parts.flatMap((f) =>
      f.geometry.type === 'MultiLineString'
        ? f.geometry.coordinates.map((coordinates) => lineString(coordinates))
        : [f],
    );
    const points: [number, number, number][] = [];
    const step = FINE.has(iso) ? o.step : o.wideStep;
    for (let lon = west + step / 2; lon < east; lon += step)
      for (let lat = south + step / 2; lat < north; lat += step) {
        const at: [number, number] = [Number(lon.toFixed(3)), Number(lat.toFixed(3))];
        if (!booleanPointInPolygon(at, shape)) continue;
        const depth = Math.min(
          ...lines.map((l) => pointToLineDistance(at, l as never, { units: 'kilometers' })),
        );
        if (depth >= o.minDepthKm) points.push([at[0], at[1], Math.round(depth)]);
      }
    out.push({ iso, name, points });
  }
  if (fixed) cache.set(countries, out);
  return out;
}

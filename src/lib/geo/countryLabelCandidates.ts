import { booleanPointInPolygon, lineString, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { CountryLabelCandidates, CountryLabelPoint } from '../../map/shared/countryLabels.ts';

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
  /**
   * Grid spacing near the areas (within {@link AREA_REACH_KM}), for Armenia and Azerbaijan: the
   * close-ups of the line are there, and a name kept out of an area needs a spot beside it.
   */
  nearStep: number;
  /** Grid spacing for the other neighbours, seen only in wide views. */
  wideStep: number;
  /** Points nearer the border than this, km, are not kept (a name there would cross it). */
  minDepthKm: number;
  /** Only points in [west, south, east, north]. */
  box: readonly [number, number, number, number];
  /**
   * Areas the maps may draw over countries, by layer id: each point within {@link AREA_REACH_KM}
   * of one carries its distance to it (0 inside), so a name keeps out of it where it is drawn.
   */
  areas: Readonly<Record<string, FeatureCollection>>;
}

/** Farther than this from an area, km, a point carries no distance to it (too far to matter). */
export const AREA_REACH_KM = 40;

/** Outlines of a collection's polygons, as LineStrings (what pointToLineDistance takes). */
function outlines(shape: Feature<Polygon | MultiPolygon>): Feature<LineString>[] {
  const outline = polygonToLine(shape);
  const parts = outline.type === 'FeatureCollection' ? outline.features : [outline];
  // A country in pieces (Azerbaijan and Nakhchivan) gives a MultiLineString outline.
  return parts.flatMap((f) =>
    f.geometry.type === 'MultiLineString'
      ? f.geometry.coordinates.map((coordinates) => lineString(coordinates))
      : [f as Feature<LineString>],
  );
}

const polygons = (fc: FeatureCollection) =>
  fc.features.filter(
    (f): f is Feature<Polygon | MultiPolygon> =>
      f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
  );

/** km from a point to the nearest of these lines. */
const kmTo = (at: [number, number], lines: readonly Feature<LineString>[]) =>
  Math.min(...lines.map((l) => pointToLineDistance(at, l, { units: 'kilometers' })));

export const candidateDefaults: CandidateOptions = {
  step: 0.25,
  nearStep: 0.125,
  wideStep: 0.5,
  minDepthKm: 4,
  box: [42, 37, 51.5, 43.5],
  areas: {},
};
const FINE = new Set(['AM', 'AZ']);

// Per countries collection, per set of areas (their layer ids): pages draw many maps.
const cache = new WeakMap<FeatureCollection, Map<string, CountryLabelCandidates[]>>();

/**
 * Where each named country's label may go: a regular grid of points inside the country, each
 * with its distance to the border in km (a label is kept that far inside). Build time only (turf).
 */
export function countryLabelCandidates(
  countries: FeatureCollection,
  options: Partial<CandidateOptions> = {},
): CountryLabelCandidates[] {
  // Only the areas may differ from the defaults for a result to be cached.
  const fixed = Object.keys(options).every((k) => k === 'areas');
  const key = Object.keys(options.areas ?? {})
    .sort()
    .join(',');
  const hit = fixed && cache.get(countries)?.get(key);
  if (hit) return hit;
  const o = { ...candidateDefaults, ...options };
  const areas = Object.entries(o.areas).map(([id, fc]) => {
    const shapes = polygons(fc);
    return { id, shapes, lines: shapes.flatMap(outlines) };
  });
  const box = o.box;
  const [west, south, east, north] = box;
  const out: CountryLabelCandidates[] = [];
  for (const feature of countries.features) {
    const iso = String(feature.properties?.iso ?? '');
    const name = NAMED_COUNTRIES[iso];
    const geometry = feature.geometry;
    if (!name || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const shape = feature as Feature<Polygon | MultiPolygon>;
    const lines = outlines(shape);
    const points: CountryLabelPoint[] = [];
    const step = FINE.has(iso) ? o.step : o.wideStep;
    // The grid at `step`, and between its points a finer one, kept only near an area.
    const fine = FINE.has(iso) && areas.length > 0 ? o.nearStep : step;
    const per = Math.round(step / fine);
    for (let i = 0; west + step / 2 + i * fine < east; i++)
      for (let j = 0; south + step / 2 + j * fine < north; j++) {
        const coarse = i % per === 0 && j % per === 0;
        const lon = west + step / 2 + i * fine;
        const lat = south + step / 2 + j * fine;
        const at: [number, number] = [Number(lon.toFixed(3)), Number(lat.toFixed(3))];
        if (!booleanPointInPolygon(at, shape)) continue;
        const depth = kmTo(at, lines);
        if (depth < o.minDepthKm) continue;
        const near: Record<string, number> = {};
        for (const area of areas) {
          const km = area.shapes.some((p) => booleanPointInPolygon(at, p))
            ? 0
            : Math.max(1, Math.round(kmTo(at, area.lines)));
          if (km <= AREA_REACH_KM) near[area.id] = km;
        }
        if (!coarse && Object.keys(near).length === 0) continue;
        points.push(
          Object.keys(near).length
            ? [at[0], at[1], Math.round(depth), near]
            : [at[0], at[1], Math.round(depth)],
        );
      }
    out.push({ iso, name, points });
  }
  if (fixed) {
    const byAreas = cache.get(countries) ?? new Map<string, CountryLabelCandidates[]>();
    byAreas.set(key, out);
    cache.set(countries, byAreas);
  }
  return out;
}

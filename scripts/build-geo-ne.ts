/**
 * Shared helpers for the layers built from Natural Earth's Karabakh lines: picking line sets,
 * the oblast polygon, gazetteer look-ups. Node-only; used by scripts/build-geo*.ts.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type {
  Feature,
  Geometry,
  GeoJsonProperties,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { polygonizeLines, type PolygonizeResult } from '../src/lib/geo/polygonizeLines.ts';
import type { Layer } from './build-geo-output.ts';
import type { BuildInputs, GazetteerPlace } from './build-geo-sources.ts';

/**
 * Largest gap closed when joining boundary pieces: the widest gap between Natural Earth's oblast
 * pieces is 244 m, and no two distinct corners of the lines are closer than 300 m where they
 * should stay apart.
 */
export const SNAP_KM = 0.3;

/** Published NKAO area (1989) and its sources. */
export const NKAO_PUBLISHED_KM2 = 4388;

/** Results a layer builder hands back besides its features, for the manifest. */
export interface Built {
  layer: Layer;
  derived: Record<string, unknown>;
}

/** Natural Earth's names for the three line sets (NAME in the newer release, name in the older). */
export const NE_OBLAST = 'Former USSR oblast in 1991';
export const NE_LINE_2020 = 'Ceasefire Line 2020';
export const NE_LINE_1994 = 'Ceasefire Line 1994';

/** The lines of a LineString or MultiLineString (none for other geometries). */
export const partsOf = (g: Geometry): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];

/** Features of a Natural Earth line set by NAME (the newer release uses NAME, the older name). */
export const named = (
  inputs: BuildInputs['neLines'],
  name: string,
): Feature<Geometry, GeoJsonProperties>[] =>
  inputs.features.filter((f) => (f.properties?.NAME ?? f.properties?.name) === name);

/** The 1991 oblast border pieces of the newer release. */
export const oblastLines = (inputs: BuildInputs): Position[][] =>
  named(inputs.neLines, NE_OBLAST).flatMap((f) => partsOf(f.geometry));
/** The 1994 line pieces of the 2017 release (the newer release dropped them). */
export const lines1994 = (inputs: BuildInputs): Position[][] =>
  named(inputs.neLinesOld, NE_LINE_1994).flatMap((f) => partsOf(f.geometry));

/** Rounds for display in notes and the manifest (1 decimal by default). */
export const round = (n: number, d = 1): number => Number(n.toFixed(d));
/** 4388 → "4,388", without depending on the machine's locale data. */
export const thousands = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** km → whole metres. */
export const metres = (km: number): number => Math.round(km * 1000);

/** The gaps closed while polygonising, in plain numbers for the manifest. */
export const describeSnaps = (result: PolygonizeResult) =>
  result.snaps.map((s) => ({ from: s.from, to: s.to, metres: metres(s.km) }));

/** Gazetteer places (with coordinates) inside a polygon, by id. */
export function placesInside(
  polygon: Polygon | MultiPolygon,
  places: readonly GazetteerPlace[],
): string[] {
  return places
    .filter(
      (p) => p.lon !== null && p.lat !== null && booleanPointInPolygon([p.lon, p.lat], polygon),
    )
    .map((p) => p.id);
}

/** The NKAO polygon at full resolution: the single face of Natural Earth's oblast lines. */
export function nkaoPolygon(inputs: BuildInputs): { polygon: Polygon; result: PolygonizeResult } {
  const result = polygonizeLines(oblastLines(inputs), SNAP_KM);
  const face = result.faces[0];
  if (!face || result.faces.length !== 1) {
    throw new Error(
      `the oblast lines should close into exactly one area but gave ${result.faces.length}`,
    );
  }
  return { polygon: face.polygon, result };
}

/**
 * Shared finishing steps of the geometry build: rounding, simplification, winding, serialising
 * and measuring. Node-only; used by scripts/build-geo*.ts.
 */
import { gzipSync } from 'node:zlib';
import { coordAll, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { roundCoordinates } from '../src/lib/geo/roundCoordinates.ts';
import { simplifyFeatures } from '../src/lib/geo/simplifyFeatures.ts';

/** Decimal places kept in every file: 5 ≈ 1.1 m, far below what any map zoom shows. */
export const DECIMALS = 5;

/** A collection of our layer features. */
export type Layer = FeatureCollection<Geometry, GeoJsonProperties>;

/** Wraps features in a collection. */
export const collection = (features: Feature<Geometry, GeoJsonProperties>[]): Layer => ({
  type: 'FeatureCollection',
  features,
});

/** Rounds every feature to DECIMALS; drops features that rounding emptied (none expected). */
export function roundLayer(layer: Layer): Layer {
  return collection(
    layer.features.flatMap((f) => {
      const geometry = roundCoordinates(f.geometry, DECIMALS);
      return geometry ? [{ ...f, geometry }] : [];
    }),
  );
}

/** Outer rings counter-clockwise, holes clockwise (RFC 7946); lines are left alone. */
export function windLayer(layer: Layer): Layer {
  return collection(
    layer.features.map((f) =>
      f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
        ? (rewind(f, { reverse: false }) as typeof f)
        : f,
    ),
  );
}

/**
 * The usual finish for a layer built from GeoJSON: round, simplify (tolerance in degrees, 0 for
 * none), wind. Rounding comes first so simplification only ever picks among rounded positions.
 */
export function finishLayer(layer: Layer, tolerance: number): Layer {
  return windLayer(simplifyFeatures(roundLayer(layer), tolerance));
}

/** One feature per line: compact but easy to diff, and byte-identical on every run. */
export function serialize(layer: Layer): string {
  const lines = layer.features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Size of a text on disk and gzipped at the highest level (as a server would send it). */
export function measure(text: string): { bytes: number; gzipBytes: number } {
  return { bytes: Buffer.byteLength(text, 'utf8'), gzipBytes: gzipSync(text, { level: 9 }).length };
}

/** Number of positions in a layer. */
export function countVertices(layer: Layer): number {
  return coordAll(layer).length;
}

/** A count measured on the unsimplified and on the published version of a file. */
export interface BeforeAfter {
  before: number;
  after: number;
}

/** What the manifest records for one file. */
export interface FileEntry {
  file: string;
  features: number;
  ids: unknown[];
  source: string;
  license: string;
  simplification: { toleranceDegrees: number; by: string };
  vertices: BeforeAfter;
  bytes: BeforeAfter;
  gzipBytes: BeforeAfter;
  derived: Record<string, unknown>;
}

/** Adds up one before/after measure over all files. */
export function total(entries: FileEntry[], pick: (e: FileEntry) => BeforeAfter): BeforeAfter {
  return {
    before: entries.reduce((s, e) => s + pick(e).before, 0),
    after: entries.reduce((s, e) => s + pick(e).after, 0),
  };
}

/** The table printed at the end of a build: sizes before → after, then the headline figures. */
export function formatSummary(
  entries: FileEntry[],
  budgetBytes: number,
  headline: Record<string, unknown>,
): string {
  const kb = (n: number): string => (n / 1000).toFixed(1).padStart(7);
  const n = (v: number, width: number): string => String(v).padStart(width);
  const sizes = (v: BeforeAfter, b: BeforeAfter, g: BeforeAfter): string =>
    `${n(v.before, 8)}${n(v.after, 7)}${kb(b.before)}${kb(b.after)}${kb(g.before)}${kb(g.after)}`;
  const head = ['feat', 'vert', '→', 'KB', '→', 'gz KB', '→'];
  const widths = [5, 8, 7, 7, 7, 7, 7];
  return [
    `${'file'.padEnd(24)}${head.map((h, i) => h.padStart(widths[i]!)).join('')}`,
    ...entries.map(
      (e) => `${e.file.padEnd(24)}${n(e.features, 5)}${sizes(e.vertices, e.bytes, e.gzipBytes)}`,
    ),
    `${'total'.padEnd(29)}${sizes(
      total(entries, (e) => e.vertices),
      total(entries, (e) => e.bytes),
      total(entries, (e) => e.gzipBytes),
    )}  (budget ${budgetBytes / 1000} KB gz)`,
    '',
    ...Object.entries(headline).map(
      ([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
    ),
  ].join('\n');
}

/**
 * Stale geometry, detected without the raw geodata: `npm run geo` records beside the geometry a
 * hash of what it read from data/ (each place's id and coordinates, the control points), and the
 * validator compares it with data/ as it is now. A place added or moved without `npm run geo` is
 * caught whether or not ../shared is present. Also: what `npm run geo` needs when the raw data is
 * missing, in words. Node-only (hashing).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problem.ts';
import type { RawFile } from './rawDataset.ts';

/** Where `npm run geo` records its inputs' hashes. */
export const GEOMETRY_INPUTS_FILE = 'data/geometry/inputs.json';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hashes of the data/ inputs the geometry is drawn from; other edits (names, notes) do not count. */
export function geometryInputs(places: unknown, control: unknown): Record<string, string> {
  const points = (Array.isArray(places) ? places : [])
    .map((p: unknown) => {
      const { id, lat, lon } = (p ?? {}) as { id?: unknown; lat?: unknown; lon?: unknown };
      return [id, lat, lon];
    })
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return {
    'data/places.json (ids and coordinates)': sha256(JSON.stringify(points)),
    'data/control.json': sha256(JSON.stringify(control ?? null)),
  };
}

/** The text of data/geometry/inputs.json as `npm run geo` writes it. */
export function geometryInputsFile(places: unknown, control: unknown): string {
  return `${JSON.stringify(geometryInputs(places, control), null, 2)}\n`;
}

/** Reports geometry built from other places or control points than data/ now holds. */
export function checkGeometryInputs(
  stored: RawFile,
  places: RawFile,
  control: RawFile | undefined,
): Problem[] {
  // An unreadable places or control file is reported on its own; comparing would only add noise.
  if (places.error || control?.error) return [];
  const run = 'run npm run geo, which redraws the map from them (see geometry/ in data/README.md)';
  if (stored.error)
    return [{ file: stored.file, path: '', message: `${stored.error.split(' (')[0]} (${run})` }];
  const now = geometryInputs(places.json, control?.json);
  const recorded = (stored.json ?? {}) as Record<string, unknown>;
  return Object.entries(now)
    .filter(([input, hash]) => recorded[input] !== hash)
    .map(([input]) => ({
      file: stored.file,
      path: input,
      message: `the map geometry was built from an older ${input} (a place or control point was added, removed or moved since; expected the geometry to match: ${run})`,
    }));
}

/**
 * Names the raw files `npm run geo` needs that are not in `rawDir`, with where they come from;
 * null when all are there.
 */
export function missingRawData(rawDir: string, names: readonly string[]): string | null {
  const missing = names.filter((name) => !existsSync(join(rawDir, name)));
  if (missing.length === 0) return null;
  return (
    `needs the raw geodata in ${rawDir}, and ${missing.length} of its ${names.length} files are not there (${missing.join(', ')}). ` +
    'They come from the research folder next to this repository (../shared/data/raw: Natural Earth 10m disputed areas, lakes and rivers, public domain; ' +
    'geoBoundaries AZE ADM2, CC BY-SA 3.0; how each was fetched is in its PROVENANCE.md). Put that folder beside the repository, ' +
    'or point GEO_RAW_DIR at a copy. Without it the committed data/geometry/ stays as it is.'
  );
}

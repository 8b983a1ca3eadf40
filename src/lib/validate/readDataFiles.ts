import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawDataset, RawFile } from './rawDataset.ts';
import { GEOMETRY_INPUTS_FILE } from './geometryInputs.ts';

/** Reads one JSON file, turning a missing file or bad JSON into an editor-readable error. */
export function readJsonFile(root: string, file: string): RawFile {
  const full = join(root, file);
  if (!existsSync(full))
    return { file, error: 'is missing (expected this file to exist; see data/README.md)' };
  const text = readFileSync(full, 'utf8');
  try {
    return { file, json: JSON.parse(text) as unknown, text };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // JSON.parse reports a character offset; editors need a line number.
    const offset = Number(/position (\d+)/.exec(message)?.[1]);
    const line = Number.isFinite(offset) ? text.slice(0, offset).split('\n').length : undefined;
    return {
      file,
      error: `is not valid JSON${line ? ` at line ${line}` : ''}: ${message} (expected valid JSON; look for a missing comma, quote or bracket)`,
    };
  }
}

/** Lists files of a folder with a given ending, sorted, as repository-relative paths. */
function listFiles(root: string, dir: string, ending: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => relative(root, join(full, name)));
}

/** Reads every data file of the site from `root` (the repository root). */
export function readDataFiles(root: string): RawDataset {
  return {
    places: readJsonFile(root, 'data/places.json'),
    sources: readJsonFile(root, 'data/sources.json'),
    actors: readJsonFile(root, 'data/actors.json'),
    figures: readJsonFile(root, 'data/figures.json'),
    control: readJsonFile(root, 'data/control.json'),
    chapters: readJsonFile(root, 'data/story/chapters.json'),
    charts: readJsonFile(root, 'data/story/charts.json'),
    site: readJsonFile(root, 'data/site.json'),
    events: listFiles(root, 'data/events', '.json').map((f) => readJsonFile(root, f)),
    geometry: listFiles(root, 'data/geometry', '.geojson').map((f) => readJsonFile(root, f)),
    geometryInputs: readJsonFile(root, GEOMETRY_INPUTS_FILE),
    steps: listFiles(root, 'data/story/steps', '.md').map((file) => ({
      file,
      text: readFileSync(join(root, file), 'utf8'),
    })),
  };
}

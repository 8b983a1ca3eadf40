import { actorSchema } from '../../schemas/actor.ts';
import { chapterSchema } from '../../schemas/chapter.ts';
import { eventSchema } from '../../schemas/event.ts';
import { figureSeriesSchema } from '../../schemas/figure.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { validateGeoJson } from '../geo/validateGeoJson.ts';
import { crossCheck, findDuplicateIds, type Located, type ParsedDataset } from './crossCheck.ts';
import { sortProblems, type Problem } from './problem.ts';
import { validateRecords } from './validateRecords.ts';

/** A data file as read from disk: its parsed JSON, or why it could not be parsed. */
export interface RawFile {
  /** Path relative to the repository root, e.g. "data/places.json". */
  file: string;
  json?: unknown;
  /** Set when the file is missing or is not valid JSON. */
  error?: string;
}

/** Every data file of the site, grouped by what it holds. */
export interface RawDataset {
  places: RawFile;
  sources: RawFile;
  actors: RawFile;
  figures: RawFile;
  chapters: RawFile;
  /** All files of data/events/. */
  events: RawFile[];
  /** All files of data/geometry/ ending in .geojson. */
  geometry: RawFile[];
}

/** The outcome of validation: every problem at once, and counts of what parsed. */
export interface ValidationResult {
  problems: Problem[];
  data: ParsedDataset & { chapters: Located<{ id: string }>[] };
  counts: Record<string, number>;
}

function parseList<T>(raw: RawFile, schema: Parameters<typeof validateRecords<T>>[2]) {
  if (raw.error)
    return { records: [] as Located<T>[], problems: [{ file: raw.file, path: '', message: raw.error }] };
  const { records, problems } = validateRecords(raw.file, raw.json, schema);
  return { records: records.map((r) => ({ file: raw.file, ...r })), problems };
}

/** Validates every data file: schemas per record, GeoJSON rules, then cross-file references. */
export function validateDataset(raw: RawDataset): ValidationResult {
  const problems: Problem[] = [];
  const take = <T>(r: { records: Located<T>[]; problems: Problem[] }) => {
    problems.push(...r.problems);
    return r.records;
  };
  const places = take(parseList(raw.places, placeSchema));
  const sources = take(parseList(raw.sources, sourceSchema));
  const actors = take(parseList(raw.actors, actorSchema));
  const figures = take(parseList(raw.figures, figureSeriesSchema));
  const chapters = take(parseList(raw.chapters, chapterSchema));
  const events = raw.events.flatMap((f) => take(parseList(f, eventSchema)));
  if (raw.events.length === 0)
    problems.push({ file: 'data/events/', path: '', message: 'holds no event file (expected at least one *.json list of events)' });

  let features = 0;
  for (const g of raw.geometry) {
    if (g.error) {
      problems.push({ file: g.file, path: '', message: g.error });
      continue;
    }
    for (const p of validateGeoJson(g.json)) problems.push({ file: g.file, ...p });
    const fc = g.json as { features?: unknown[] };
    features += Array.isArray(fc.features) ? fc.features.length : 0;
  }

  const data = { places, sources, actors, events, figures };
  problems.push(...crossCheck(data), ...findDuplicateIds('chapter', chapters));

  const claims = events.reduce((n, e) => n + e.record.claims.length, 0);
  const values = figures.reduce((n, f) => n + f.record.values.length, 0);
  return {
    problems: sortProblems(problems),
    data: { ...data, chapters },
    counts: {
      places: places.length,
      sources: sources.length,
      actors: actors.length,
      events: events.length,
      claims,
      'figure series': figures.length,
      'figure values': values,
      chapters: chapters.length,
      'geometry files': raw.geometry.length,
      'geometry features': features,
    },
  };
}

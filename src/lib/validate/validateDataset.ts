import { actorSchema } from '../../schemas/actor.ts';
import { CHAPTER_SUMMARY_MAX, chapterSchema } from '../../schemas/chapter.ts';
import { EVENT_SUMMARY_MAX, eventSchema } from '../../schemas/event.ts';
import { figureSeriesSchema } from '../../schemas/figure.ts';
import { placeSchema } from '../../schemas/place.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourceSchema, type SourceKind } from '../../schemas/source.ts';
import { validateGeoJson } from '../geo/validateGeoJson.ts';
import {
  crossCheck,
  findDuplicateIds,
  type KnownIds,
  type Located,
  type ParsedDataset,
} from './crossCheck.ts';
import { sortProblems, type Problem } from './problem.ts';
import { validateRecords, joinPath } from './validateRecords.ts';
import { stepSchema } from '../../schemas/step.ts';
import { chartIds } from '../../schemas/chartIds.ts';
import { CHART_TAKEAWAY_MAX, chartTextSchema } from '../../schemas/chartText.ts';
import { checkChartSelections } from './checkChartSelections.ts';
import { splitFrontMatter } from '../story/frontMatter.ts';
import { checkSteps, type LocatedStep } from './checkSteps.ts';
import { checkTextRefs, type RefIds } from './checkRefs.ts';
import { checkStepLength, mainTextLength, type MainTextLength } from './checkStepLength.ts';
import { checkControl } from './checkControl.ts';
import { checkStepMaps } from './checkStepMaps.ts';
import { controlPointSchema } from '../../schemas/control.ts';
import { describeZodIssue, valueAt } from './describeZodIssue.ts';
import { checkLastUpdated } from './checkLastUpdated.ts';
import { checkWeakSources } from './weakSources.ts';
import { checkGeometryInputs } from './geometryInputs.ts';
import { checkCamera } from './checkCamera.ts';
import { checkPlaceholders } from './checkPlaceholders.ts';
import { jsonValueLines, lineOfProblemPath } from './jsonLines.ts';
import { checkEventLinks, checkEventPlacement, findProbableDuplicates } from './checkEvents.ts';
import { checkStoryOrder, type ChapterListing, type StepIdentity } from './checkStoryOrder.ts';
import type { RawDataset, RawFile } from './rawDataset.ts';

/** The outcome of validation: every problem at once, and counts of what parsed. */
export interface ValidationResult {
  /** Errors: any one of them fails validate and the build. */
  problems: Problem[];
  /** Things an editor should fix but that do not stop the build (weak sourcing, long step texts). */
  warnings: Problem[];
  /** Average words of main text per step. */
  mainText: MainTextLength;
  data: ParsedDataset & { chapters: Located<{ id: string }>[]; steps: LocatedStep[] };
  counts: Record<string, number>;
}

function parseList<T>(raw: RawFile, schema: Parameters<typeof validateRecords<T>>[2]) {
  if (raw.error)
    return {
      records: [] as Located<T>[],
      problems: [{ file: raw.file, path: '', message: raw.error }],
    };
  const { records, problems } = validateRecords(raw.file, raw.json, schema);
  return { records: records.map((r) => ({ file: raw.file, ...r })), problems };
}

/**
 * Every string `id` in a list file, whether or not its record is otherwise valid; null when the
 * file itself is unreadable, so references into it are not reported hundreds of times over.
 */
function rawIds(raw: RawFile): Set<string> | null {
  if (!Array.isArray(raw.json)) return null;
  return new Set(
    raw.json
      .map((item: unknown) =>
        item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined,
      )
      .filter((id): id is string => typeof id === 'string'),
  );
}

/** Parses data/site.json and checks its "last updated" day against the newest dated record. */
function validateSite(raw: RawFile, data: ParsedDataset): Problem[] {
  if (raw.error) return [{ file: raw.file, path: '', message: raw.error }];
  const parsed = siteSchema.safeParse(raw.json);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      file: raw.file,
      path: joinPath(issue.path),
      message: describeZodIssue(issue, valueAt(raw.json, issue.path)),
    }));
  return checkLastUpdated(parsed.data, raw.file, data);
}

/** Each chapter's id and step list as written, even when another of its fields is invalid. */
function chapterListings(raw: RawFile): ChapterListing[] {
  if (!Array.isArray(raw.json)) return [];
  return raw.json.flatMap((item: unknown, index) => {
    const { id, steps } = (item ?? {}) as { id?: unknown; steps?: unknown };
    if (typeof id !== 'string' || !Array.isArray(steps)) return [];
    const ids = steps.filter((s): s is string => typeof s === 'string');
    return [{ file: raw.file, index, record: { id, steps: ids } }];
  });
}

/** Adds the line of each problem's value in JSON files read from disk. */
function withLines(raw: RawDataset, problems: Problem[]): void {
  const texts = new Map<string, string>();
  const files = [raw.places, raw.sources, raw.actors, raw.figures, raw.chapters, raw.charts];
  for (const f of [...files, ...raw.events, ...(raw.control ? [raw.control] : [])])
    if (f.text) texts.set(f.file, f.text);
  const cache = new Map<string, Map<string, number>>();
  for (const p of problems) {
    const text = texts.get(p.file);
    if (p.line || !p.path || !text) continue;
    if (!cache.has(p.file)) cache.set(p.file, jsonValueLines(text));
    p.line = lineOfProblemPath(cache.get(p.file)!, p.path);
  }
}

/** Validates every data file: schemas per record, GeoJSON rules, then cross-file references. */
export function validateDataset(raw: RawDataset): ValidationResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const take = <T>(r: { records: Located<T>[]; problems: Problem[] }) => {
    problems.push(...r.problems);
    return r.records;
  };
  const places = take(parseList(raw.places, placeSchema));
  const sources = take(parseList(raw.sources, sourceSchema));
  const actors = take(parseList(raw.actors, actorSchema));
  const figures = take(parseList(raw.figures, figureSeriesSchema));
  const chapters = take(parseList(raw.chapters, chapterSchema));
  const charts = take(parseList(raw.charts, chartTextSchema));
  const events = raw.events.flatMap((f) => take(parseList(f, eventSchema)));
  if (raw.events.length === 0)
    problems.push({
      file: 'data/events/',
      path: '',
      message: 'holds no event file (expected at least one *.json list of events)',
    });

  let features = 0;
  for (const g of raw.geometry) {
    if (g.error) {
      problems.push({ file: g.file, path: '', message: g.error });
      continue;
    }
    for (const p of validateGeoJson(g.json)) problems.push({ file: g.file, ...p });
    const fc = g.json as { features?: unknown[] } | null;
    features += Array.isArray(fc?.features) ? fc.features.length : 0;
  }
  problems.push(...checkEventPlacement(events), ...checkEventLinks(events));
  problems.push(
    ...checkPlaceholders(
      [
        raw.places,
        raw.sources,
        raw.actors,
        raw.figures,
        raw.chapters,
        raw.charts,
        ...raw.events,
      ].concat(raw.control ? [raw.control] : []),
      raw.steps,
    ),
  );
  warnings.push(...findProbableDuplicates(events));
  if (raw.geometryInputs)
    problems.push(...checkGeometryInputs(raw.geometryInputs, raw.places, raw.control));

  const data = { places, sources, actors, events, figures };
  // Ids of records that failed their schema still count as existing, so one typo in a place does
  // not cascade into "unknown place" reports everywhere that place is used.
  const known: KnownIds = {
    places: rawIds(raw.places),
    sources: rawIds(raw.sources),
    actors: rawIds(raw.actors),
    events: raw.events.some((f) => !Array.isArray(f.json))
      ? null
      : new Set(raw.events.flatMap((f) => [...(rawIds(f) ?? [])])),
    chapters: rawIds(raw.chapters),
    figures: rawIds(raw.figures),
  };
  problems.push(
    ...crossCheck(data, known),
    ...findDuplicateIds('chapter', chapters),
    ...findDuplicateIds('chart', charts),
  );
  problems.push(...validateSite(raw.site, data));

  // By the ids as written: an entry that fails its schema is reported there, not as missing.
  const chartsInFile = rawIds(raw.charts);
  if (chartsInFile)
    for (const id of chartIds.filter((c) => !chartsInFile.has(c)))
      problems.push({
        file: raw.charts.file,
        path: '',
        message: `has no entry for chart "${id}" (expected a title, takeaway and selection for every chart)`,
      });

  problems.push(...checkChartSelections(charts, { figures: known.figures, events: known.events }));

  const placesWithCoordinates = new Set(
    (Array.isArray(raw.places.json) ? (raw.places.json as { id?: unknown; lat?: unknown }[]) : [])
      .filter((p) => typeof p?.id === 'string' && typeof p.lat === 'number')
      .map((p) => p.id as string),
  );
  const steps: LocatedStep[] = [];
  const identities: StepIdentity[] = [];
  for (const { file, text } of raw.steps) {
    const split = splitFrontMatter(text);
    // The id as typed, even in a step that fails otherwise: its listing in chapters.json is fine.
    const rawId =
      (split.data as { id?: unknown } | undefined)?.id ?? /^id:\s*(\S+)\s*$/m.exec(text)?.[1];
    const parsed = stepSchema.safeParse(split.data);
    if (typeof rawId === 'string')
      identities.push({
        file,
        id: rawId,
        chapter: parsed.success ? parsed.data.chapter : undefined,
      });
    if (split.error) {
      problems.push({ file, path: '', message: split.error });
      continue;
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          path: joinPath(issue.path),
          message: describeZodIssue(issue, valueAt(split.data, issue.path)),
        });
      continue;
    }
    steps.push({ file, step: parsed.data, body: split.body });
    problems.push(...checkCamera(file, parsed.data.camera));
  }
  if (Array.isArray(raw.chapters.json)) {
    const unidentified = raw.steps.length - identities.length;
    const order = checkStoryOrder(chapterListings(raw.chapters), identities, unidentified);
    problems.push(...order.errors);
    warnings.push(...order.warnings);
  }
  const refIds: RefIds = {
    places: known.places,
    events: known.events,
    actors: known.actors,
    sources: known.sources,
    figureIds: known.figures,
    figureDates: new Map(figures.map((f) => [f.record.id, f.record.values.map((v) => v.date)])),
  };
  problems.push(
    ...checkSteps(steps, {
      ...refIds,
      chapters: known.chapters,
      placesWithCoordinates,
      charts: new Set<string>(chartIds),
      order: chapterListings(raw.chapters).flatMap((c) => c.record.steps),
    }),
  );
  // The plain texts whose references are expanded as data/ loads (src/data/loaders.ts).
  const byId = <T extends { id: string }>(items: Located<T>[]) =>
    new Map(items.map((i) => [i.record.id, i.record]));
  const ctx = {
    places: byId(places),
    events: byId(events),
    actors: byId(actors),
    figures: byId(figures),
  };
  problems.push(
    ...checkTextRefs(raw.chapters, 'summary', refIds, { max: CHAPTER_SUMMARY_MAX, ctx }),
    ...checkTextRefs(raw.charts, 'takeaway', refIds, { max: CHART_TAKEAWAY_MAX, ctx }),
    ...raw.events.flatMap((f) =>
      checkTextRefs(f, 'summary', refIds, { max: EVENT_SUMMARY_MAX, ctx }),
    ),
  );

  problems.push(
    ...checkStepMaps(
      steps,
      new Map(
        places.flatMap((p) =>
          p.record.lat !== null && p.record.lon !== null
            ? [[p.record.id, [p.record.lon, p.record.lat] as const] as const]
            : [],
        ),
      ),
      known.places,
    ),
  );
  const control = raw.control ? take(parseList(raw.control, controlPointSchema)) : [];
  problems.push(
    ...checkControl(control, {
      places: known.places,
      placesWithCoordinates,
      sources: known.sources,
    }),
  );

  const claims = events.reduce((n, e) => n + e.record.claims.length, 0);
  const values = figures.reduce((n, f) => n + f.record.values.length, 0);
  const kinds = new Map<string, SourceKind>(sources.map((s) => [s.record.id, s.record.kind]));
  withLines(raw, problems);
  withLines(raw, warnings);
  return {
    problems: sortProblems(problems),
    warnings: sortProblems([
      ...checkWeakSources(data, kinds),
      ...checkStepLength(steps),
      ...warnings,
    ]),
    mainText: mainTextLength(steps),
    data: { ...data, chapters, steps },
    counts: {
      places: places.length,
      sources: sources.length,
      actors: actors.length,
      events: events.length,
      claims,
      'figure series': figures.length,
      'figure values': values,
      'control points': control.length,
      chapters: chapters.length,
      charts: charts.length,
      steps: steps.length,
      'geometry files': raw.geometry.length,
      'geometry features': features,
    },
  };
}

import type { Actor } from '../../schemas/actor.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import { REGION_BBOX } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import type { Problem } from './problem.ts';

/** A parsed record together with where it came from, for error messages. */
export interface Located<T> {
  file: string;
  /** 0-based position in its file. */
  index: number;
  record: T;
}

/** The parsed records of every data file, as the cross-file checks need them. */
export interface ParsedDataset {
  places: Located<Place>[];
  sources: Located<Source>[];
  actors: Located<Actor>[];
  events: Located<Event>[];
  figures: Located<FigureSeries>[];
}

const label = (l: Located<{ id: string }>) => `#${l.index + 1} (${l.record.id})`;

/** Earliest day a partial date can mean ("2020-10" → "2020-10-01"). */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Latest day a partial date can mean ("2020-10" → "2020-10-31"; string compare only). */
export function dateEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Reports ids used twice within one collection (which may span several files). */
export function findDuplicateIds(
  collection: string,
  items: readonly Located<{ id: string }>[],
): Problem[] {
  const firstSeen = new Map<string, Located<{ id: string }>>();
  const problems: Problem[] = [];
  for (const item of items) {
    const first = firstSeen.get(item.record.id);
    if (first) {
      problems.push({
        file: item.file,
        path: `${label(item)} › id`,
        message: `the ${collection} id "${item.record.id}" is already used by ${first.file} ${label(first)} (expected every id to be unique)`,
      });
    } else firstSeen.set(item.record.id, item);
  }
  return problems;
}

/**
 * One address as a reader's browser reaches it: scheme, a leading "www." and a trailing slash do
 * not make another page, so "http://www.x.org/a/" and "https://x.org/a" are the same address.
 * The query and fragment are kept: they often name a different article on the same path.
 */
export function addressKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${u.search}${u.hash}`;
  } catch {
    return url; // An invalid address is the schema's to report; compare it as written.
  }
}

/**
 * Reports two sources citing one address: three copies of one article are one source
 * (NEWSROOM.md), and two bibliography entries with one link are one entry listed twice.
 */
export function findSharedAddresses(sources: readonly Located<Source>[]): Problem[] {
  const firstSeen = new Map<string, Located<Source>>();
  const problems: Problem[] = [];
  for (const item of sources) {
    const key = addressKey(item.record.url);
    const first = firstSeen.get(key);
    if (!first) {
      firstSeen.set(key, item);
      continue;
    }
    const same = first.record.url === item.record.url ? '' : ` (as ${first.record.url})`;
    problems.push({
      file: item.file,
      path: `${label(item)} › url`,
      message: `${item.record.id} and ${first.record.id} share the address ${item.record.url}${same} (expected one source per address: merge them into one id, or cite each page's own address)`,
    });
  }
  return problems;
}

/** Checks a place's coordinates are inside the region, present together, and not swapped. */
export function checkPlaceCoordinates(item: Located<Place>): Problem[] {
  const { lat, lon, note } = item.record;
  const at = (p: string) => `${label(item)} › ${p}`;
  const { west, east, south, north } = REGION_BBOX;
  const inside = (x: number, y: number) => x >= west && x <= east && y >= south && y <= north;
  if (lat === null || lon === null) {
    if (lat !== lon)
      return [
        {
          file: item.file,
          path: at(lat === null ? 'lat' : 'lon'),
          message:
            'is null while the other coordinate is set (expected both lat and lon, or both null)',
        },
      ];
    if (!note)
      return [
        {
          file: item.file,
          path: at('note'),
          message: 'is empty although the place has no coordinates (expected a note saying why)',
        },
      ];
    return [];
  }
  if (inside(lon, lat)) return [];
  const swapped = inside(lat, lon);
  return [
    {
      file: item.file,
      path: at(swapped ? 'lat/lon' : 'lon/lat'),
      message: swapped
        ? `lat ${lat}, lon ${lon} look swapped: swapping them puts the place inside the region (expected lat ${south}–${north}, lon ${west}–${east})`
        : `lat ${lat}, lon ${lon} is outside the region (expected lat ${south}–${north}, lon ${west}–${east})`,
    },
  ];
}

/** Checks that the "sources disagree" flag matches the recorded discrepancy. */
export function checkPlaceDiscrepancy(item: Located<Place>): Problem[] {
  const { maxDiscrepancyKm, coordinatesDisagree } = item.record;
  const shouldFlag = maxDiscrepancyKm !== null && maxDiscrepancyKm > 2;
  if (shouldFlag === coordinatesDisagree) return [];
  return [
    {
      file: item.file,
      path: `${label(item)} › coordinatesDisagree`,
      message: `is ${coordinatesDisagree} but maxDiscrepancyKm is ${maxDiscrepancyKm} (expected true exactly when sources disagree by more than 2 km)`,
    },
  ];
}

/**
 * Ids that exist in each collection (including records that failed their own schema); null for
 * a collection whose file could not be read, whose references are then not checked.
 */
export interface KnownIds {
  places: ReadonlySet<string> | null;
  sources: ReadonlySet<string> | null;
  actors: ReadonlySet<string> | null;
  events: ReadonlySet<string> | null;
  chapters: ReadonlySet<string> | null;
  figures: ReadonlySet<string> | null;
}

/** True when `id` may exist: it is known, or its collection could not be read. */
export const mayExist = (ids: ReadonlySet<string> | null, id: string) =>
  ids === null || ids.has(id);

/** Runs every check that needs more than one file: ids that must exist, uniqueness, date order. */
export function crossCheck(data: ParsedDataset, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const placeIds = known.places;
  const sourceIds = known.sources;
  const actorIds = known.actors;

  problems.push(
    ...findDuplicateIds('place', data.places),
    ...findDuplicateIds('source', data.sources),
    ...findDuplicateIds('actor', data.actors),
    ...findDuplicateIds('event', data.events),
    ...findDuplicateIds('figure series', data.figures),
    ...findSharedAddresses(data.sources),
  );

  const unknown = (
    item: Located<{ id: string }>,
    path: string,
    kind: string,
    id: string,
    file: string,
  ): Problem => ({
    file: item.file,
    path: `${label(item)} › ${path}`,
    message: `refers to unknown ${kind} "${id}" (expected an id from ${file})`,
  });
  const checkSources = (item: Located<{ id: string }>, path: string, list: readonly string[]) =>
    list.forEach((id, i) => {
      if (!mayExist(sourceIds, id))
        problems.push(unknown(item, `${path}[${i}]`, 'source', id, 'data/sources.json'));
    });

  for (const item of data.places) {
    problems.push(...checkPlaceCoordinates(item), ...checkPlaceDiscrepancy(item));
  }

  for (const item of data.events) {
    const e = item.record;
    e.places.forEach((id, i) => {
      if (!mayExist(placeIds, id))
        problems.push(unknown(item, `places[${i}]`, 'place', id, 'data/places.json'));
    });
    checkSources(item, 'sources', e.sources);
    e.claims.forEach((claim, c) => {
      if (!mayExist(actorIds, claim.actor))
        problems.push(
          unknown(item, `claims[${c}].actor`, 'actor', claim.actor, 'data/actors.json'),
        );
      checkSources(item, `claims[${c}].sources`, claim.sources);
      if (dateEnd(claim.date) < dateStart(e.date))
        problems.push({
          file: item.file,
          path: `${label(item)} › claims[${c}].date`,
          message: `${claim.date} is before the event itself (${e.date}) (expected a claim made on or after the event's date)`,
        });
    });
    if (e.endDate && dateEnd(e.endDate) < dateStart(e.date))
      problems.push({
        file: item.file,
        path: `${label(item)} › endDate`,
        message: `${e.endDate} is before the start date ${e.date} (expected endDate on or after date)`,
      });
  }

  for (const item of data.figures) {
    item.record.values.forEach((v, i) => {
      if (!mayExist(actorIds, v.reporter))
        problems.push(
          unknown(item, `values[${i}].reporter`, 'actor', v.reporter, 'data/actors.json'),
        );
      checkSources(item, `values[${i}].sources`, v.sources);
      if (v.upper !== undefined && v.upper < v.value)
        problems.push({
          file: item.file,
          path: `${label(item)} › values[${i}].upper`,
          message: `${v.upper} is below value ${v.value} (expected the upper bound of a range to be at least its lower bound)`,
        });
    });
  }
  return problems;
}

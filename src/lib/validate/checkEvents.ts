import type { Event } from '../../schemas/event.ts';
import { dateEnd, dateStart, type Located } from './crossCheck.ts';
import type { Problem } from './problem.ts';

const label = (l: Located<Event>) => `#${l.index + 1} (${l.record.id})`;

/**
 * Checks that an event's id, date and period file agree: the date at the start of the id (as far
 * as the id and the date both go) is the event's date, and the event starts within the years its file is
 * named for (`2020-2024-peacekeepers.json` holds 2020 to 2024).
 */
export function checkEventPlacement(events: readonly Located<Event>[]): Problem[] {
  const problems: Problem[] = [];
  for (const item of events) {
    const { id, date } = item.record;
    const idDate = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=-)/.exec(id);
    const parts = date.split('-');
    if (idDate) {
      // Compared as far as both go: a date later found only to the month keeps its id.
      const disagree = [1, 2, 3].some(
        (i) => idDate[i] !== undefined && parts[i - 1] !== undefined && idDate[i] !== parts[i - 1],
      );
      if (disagree)
        problems.push({
          file: item.file,
          path: `${label(item)} › id`,
          message: `starts with ${idDate[0]} but the event's date is ${date} (expected the id to start with the date, e.g. ${date}-${id.slice(idDate[0].length + 1)}; an id already used by steps is better left as it is and the date checked)`,
        });
    }
    const years = /(?:^|\/)(\d{4})(?:-(\d{4}))?-[^/]*\.json$/.exec(item.file);
    if (years) {
      const from = years[1]!;
      const to = years[2] ?? from;
      const year = parts[0]!;
      if (year < from || year > to)
        problems.push({
          file: item.file,
          path: `${label(item)} › date`,
          message: `${date} is outside the years this file holds (${from === to ? from : `${from}–${to}`}) (expected the event in the data/events/ file named for its period)`,
        });
    }
  }
  return problems;
}

/** Whether a date names a day (YYYY-MM-DD) rather than only a month or a year. */
const isDay = (date: string) => date.length === 10;

/** Every source an event rests on: its own list and its claims'. */
const sourcesOf = (e: Event) => new Set([...e.sources, ...e.claims.flatMap((c) => c.sources)]);

/**
 * Whether an editor has recorded how two events relate, so they are not to be taken for one: a
 * clause and the text it belongs to, two clauses of one text, or a pair marked `distinctFrom`.
 */
function checkedApart(a: Event, b: Event): boolean {
  const root = (e: Event) => e.partOf ?? e.id;
  return (
    root(a) === root(b) ||
    (a.distinctFrom ?? []).includes(b.id) ||
    (b.distinctFrom ?? []).includes(a.id)
  );
}

/**
 * Events named in `partOf` and `distinctFrom` must exist; a clause belongs to a whole text, not
 * to another clause, and an event is not distinct from itself.
 */
export function checkEventLinks(events: readonly Located<Event>[]): Problem[] {
  const byId = new Map(events.map((e) => [e.record.id, e.record]));
  const problems: Problem[] = [];
  for (const item of events) {
    const { id, partOf, distinctFrom = [] } = item.record;
    const at = (path: string, message: string) =>
      problems.push({ file: item.file, path: `${label(item)} › ${path}`, message });
    if (partOf !== undefined) {
      const whole = byId.get(partOf);
      if (!whole)
        at('partOf', `refers to unknown event "${partOf}" (expected an id from data/events/)`);
      else if (partOf === id) at('partOf', 'names the event itself (expected the whole text)');
      else if (whole.partOf !== undefined)
        at(
          'partOf',
          `"${partOf}" is itself part of "${whole.partOf}" (expected the event for the whole text)`,
        );
    }
    distinctFrom.forEach((other, i) => {
      if (other === id) at(`distinctFrom[${i}]`, 'names the event itself (expected another event)');
      else if (!byId.has(other))
        at(
          `distinctFrom[${i}]`,
          `refers to unknown event "${other}" (expected an id from data/events/)`,
        );
    });
  }
  return problems;
}

/**
 * Warns about probable duplicates: two events of the same category at a shared place whose dates
 * overlap (an August 2022 event added twice under two ids was accepted silently).
 *
 * A date known only to the month or year overlaps every day in it, so in a busy month at one
 * place (two verdicts in Baku in February 2026, in separate trials) overlap alone says little:
 * then the two must also rest on a common source to be flagged. Two events dated to the day (or
 * spans of days) that overlap are flagged whatever their sources.
 */
export function findProbableDuplicates(events: readonly Located<Event>[]): Problem[] {
  const problems: Problem[] = [];
  const span = (e: Event) => [dateStart(e.date), dateEnd(e.endDate ?? e.date)] as const;
  const toTheDay = (e: Event) => isDay(e.date) && (e.endDate === undefined || isDay(e.endDate));
  events.forEach((later, j) => {
    const [ls, le] = span(later.record);
    const twin = events.slice(0, j).find((earlier) => {
      if (checkedApart(earlier.record, later.record)) return false;
      const [es, ee] = span(earlier.record);
      const overlapping =
        earlier.record.category === later.record.category &&
        earlier.record.places.some((p) => later.record.places.includes(p)) &&
        es <= le &&
        ls <= ee;
      if (!overlapping) return false;
      if (toTheDay(earlier.record) && toTheDay(later.record)) return true;
      const theirs = sourcesOf(earlier.record);
      return [...sourcesOf(later.record)].some((s) => theirs.has(s));
    });
    if (!twin) return;
    const place = twin.record.places.find((p) => later.record.places.includes(p));
    problems.push({
      file: later.file,
      path: label(later),
      message: `may be the same event as ${twin.file} ${label(twin)}: both are "${later.record.category}" at ${place} on overlapping dates (expected one record per event; merge them, or make the difference plain in the titles and record it: partOf for a clause of a longer text, distinctFrom for another happening)`,
    });
  });
  return problems;
}

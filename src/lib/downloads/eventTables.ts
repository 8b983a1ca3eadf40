import type { Claim, Event } from '../../schemas/event.ts';
import { joinList, type Column } from './column.ts';

/** Events in reading order: by date, then id, so the files never change order between builds. */
export function sortEvents(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** events.csv: one row per event; its claims are in claims.csv. */
export const eventColumns: readonly Column<Event>[] = [
  { name: 'id', description: 'event id, YYYY-MM-DD-short-slug', value: (e) => e.id },
  {
    name: 'date',
    description: 'start, at the precision known (YYYY-MM-DD, YYYY-MM or YYYY)',
    value: (e) => e.date,
  },
  {
    name: 'end_date',
    description: 'last day of an event that spans time',
    value: (e) => e.endDate,
  },
  {
    name: 'date_note',
    description: 'a disputed or uncertain date, naming the sources on each side',
    value: (e) => e.dateNote,
  },
  { name: 'title', description: 'short title', value: (e) => e.title },
  {
    name: 'summary',
    description: 'one line in our own words; attributed when it reports a claim',
    value: (e) => e.summary,
  },
  { name: 'category', description: 'kind of event (see data/README.md)', value: (e) => e.category },
  {
    name: 'part_of',
    description: 'for one clause of a longer text: the event id of the whole text',
    value: (e) => e.partOf,
  },
  {
    name: 'places',
    description: 'place ids (places.csv), separated by semicolons',
    value: (e) => joinList(e.places),
  },
  {
    name: 'claims',
    description: 'how many claims about the event claims.csv holds',
    value: (e) => e.claims.length,
  },
  {
    name: 'sources',
    description: 'source ids (sources.csv), separated by semicolons',
    value: (e) => joinList(e.sources),
  },
];

/** A claim with the event it is about and its number there. */
export interface ClaimRow extends Claim {
  event: string;
  n: number;
}

/** Every claim of every event, flattened, in event order then the order recorded. */
export function claimRows(events: readonly Event[]): ClaimRow[] {
  return sortEvents(events).flatMap((e) =>
    e.claims.map((c, i) => ({ ...c, event: e.id, n: i + 1 })),
  );
}

/** claims.csv: what one party said about an event, one row per claim. */
export const claimColumns: readonly Column<ClaimRow>[] = [
  { name: 'event', description: 'event id (events.csv)', value: (c) => c.event },
  { name: 'claim', description: 'number of the claim within its event, from 1', value: (c) => c.n },
  { name: 'actor', description: 'who said it: actor id (actors.csv)', value: (c) => c.actor },
  {
    name: 'stance',
    description: '"asserts" for a claim, "denies" for a denial or counter-claim',
    value: (c) => c.stance,
  },
  { name: 'date', description: 'when they said it', value: (c) => c.date },
  { name: 'text', description: 'what they said, paraphrased in our words', value: (c) => c.text },
  {
    name: 'sources',
    description: 'source ids, separated by semicolons',
    value: (c) => joinList(c.sources),
  },
];

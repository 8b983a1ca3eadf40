import type { TimelineKind, TimelineMark, WarTimelineData } from './warTimelineTypes.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Claim, Event } from '../../schemas/event.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { nameModes, placeName } from '../../lib/placeName.ts';
import type { PrepareChart, PreparedChart, NamedText, TableRow } from '../prepare/preparedChart.ts';
import { lookup } from '../prepare/lookup.ts';
import { citedSources, sourceRefs } from '../prepare/sourceRefs.ts';
import { speaker } from '../prepare/speaker.ts';
import type { WarTimelineSelection } from '../../schemas/chartSelection.ts';

/** Which records the chart shows (its `selection` in data/story/charts.json). */
export type WarTimelineConfig = WarTimelineSelection;

const unique = (xs: string[]) => [...new Set(xs)];

/** Names of `ids`, joined, in every naming convention. */
export function placeList(ids: readonly string[], places: readonly Place[]): NamedText {
  const found = ids.map((id) => lookup(places, id, 'place'));
  return Object.fromEntries(
    nameModes.map((mode) => [mode, found.map((p) => placeName(p, mode)).join(', ')]),
  ) as NamedText;
}

function claimText(c: Claim, actors: readonly Actor[]): string {
  return `${speaker(c.actor, actors).name} (${formatDate(c.date)}): ${c.text}`;
}

/**
 * The war timeline's input, table and sources: every capture claim and ceasefire dated within the
 * war, plus the chosen agreements. Capture claims are labelled with the places claimed and carry
 * who announced and who denied them; the table keeps every claim's words, date and sources.
 */
export function prepareWarTimeline(
  events: readonly Event[],
  actors: readonly Actor[],
  places: readonly Place[],
  sources: readonly Source[],
  config: WarTimelineConfig,
): PreparedChart<WarTimelineData> {
  const war = lookup(events, config.warId, 'event');
  if (!war.endDate)
    throw new Error(`event "${war.id}" has no endDate, so it cannot bound the war timeline`);
  const start = war.date;
  const end = war.endDate;
  const inWar = (e: Event) => e.date >= start && e.date <= end;
  const agreements = config.agreementIds.map((id) => lookup(events, id, 'event'));
  const chosen = [
    ...events.filter(
      (e) => (e.category === 'capture-claim' || e.category === 'ceasefire') && inWar(e),
    ),
    ...agreements,
  ].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const marks: TimelineMark[] = chosen.map((e) => {
    const kind = e.category as TimelineKind;
    const asserted = e.claims.filter((c) => c.stance === 'asserts');
    const denied = e.claims.filter((c) => c.stance === 'denies');
    // The first assertion is the announcement itself; later ones (a concession, an anniversary
    // repetition) are in the table.
    const announcers = kind === 'capture-claim' && asserted[0] ? [asserted[0].actor] : [];
    const names = kind === 'capture-claim' ? placeList(e.places, places) : undefined;
    return {
      id: e.id,
      date: e.date,
      kind,
      label: names ? names.en : e.title,
      ...(names ? { names } : {}),
      placeIds: kind === 'capture-claim' ? [...e.places] : [],
      claimedBy: announcers.map((a) => speaker(a, actors)),
      // Ceasefire claims are accusations of breaches, not denials of the truce: only captures get rings.
      deniedBy:
        kind === 'capture-claim'
          ? unique(denied.map((c) => c.actor)).map((a) => speaker(a, actors))
          : [],
    };
  });

  const rows: TableRow[] = chosen.map((e) => ({
    cells: [
      formatDate(e.date),
      e.title,
      e.claims
        .filter((c) => c.stance === 'asserts')
        .map((c) => claimText(c, actors))
        .join(' · ') || '—',
      e.claims
        .filter((c) => c.stance === 'denies')
        .map((c) => claimText(c, actors))
        .join(' · ') || '—',
      // Where sources disagree on the date, the table says so (the chart draws the event's date).
      e.dateNote ?? '',
    ],
    sources: sourceRefs(unique([...e.sources, ...e.claims.flatMap((c) => c.sources)]), sources),
  }));

  return {
    data: { start, end, marks },
    table: {
      columns: [
        { label: 'Date' },
        { label: 'Event' },
        { label: 'Said by' },
        { label: 'Denied by' },
      ],
      rows,
    },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareWarTimeline} on the site's records. */
export const prepare: PrepareChart<WarTimelineData, WarTimelineConfig> = (r, s) =>
  prepareWarTimeline(r.events, r.actors, r.places, r.sources, s);

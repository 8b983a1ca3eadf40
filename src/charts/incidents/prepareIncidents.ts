import type { FeatureCollection } from 'geojson';
import type { Incident, IncidentsData } from './incidentsTypes.ts';
import type { Event } from '../../schemas/event.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../../lib/formatDate.ts';
import { nameModes, placeName } from '../../lib/placeName.ts';
import type { PrepareChart, PreparedChart, NamedText, TableRow } from '../prepare/preparedChart.ts';
import { lineDistance } from '../../lib/geo/lineDistance.ts';
import { lookup } from '../prepare/lookup.ts';
import { citedSources, sourceRefs } from '../prepare/sourceRefs.ts';
import type { IncidentsSelection } from '../../schemas/chartSelection.ts';

/** Which records the chart shows (its `selection` in data/story/charts.json). */
export type IncidentsConfig = IncidentsSelection;

const month = (date: string) => date.slice(0, 7);

/** Rounds a distance for display: tenths below 10 km, whole km above. */
export function roundKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}

/**
 * "Incidents on the line": every event of the chosen categories between `from` and `to`, each
 * with its distance to the 2020 line measured (at build time, with turf) from the first place it
 * lists that has coordinates. Events with no such place keep no distance and say so.
 */
export function prepareIncidents(
  events: readonly Event[],
  places: readonly Place[],
  sources: readonly Source[],
  line: FeatureCollection,
  config: IncidentsConfig,
): PreparedChart<IncidentsData> {
  const inCluster = (date: string) =>
    config.cluster !== undefined &&
    month(date) >= config.cluster.from &&
    month(date) <= config.cluster.to;
  const chosen = events
    .filter(
      (e) =>
        config.categories.includes(e.category) &&
        month(e.date) >= config.from &&
        month(e.date) <= config.to,
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const incidents: Incident[] = chosen.map((e) => {
    const place = e.places
      .map((id) => lookup(places, id, 'place'))
      .find((p) => p.lat !== null && p.lon !== null);
    const distance = place ? lineDistance([place.lon!, place.lat!], line) : undefined;
    return {
      id: e.id,
      date: e.date,
      title: e.title,
      category: e.category,
      inCluster: inCluster(e.date),
      ...(place && distance
        ? {
            place: placeName(place, 'en'),
            placeNames: Object.fromEntries(
              nameModes.map((mode) => [mode, placeName(place, mode)]),
            ) as NamedText,
            distanceKm: roundKm(distance.km),
            approximate: distance.approximate,
          }
        : {}),
    };
  });
  const rows: TableRow[] = chosen.map((e, i) => {
    const inc = incidents[i]!;
    return {
      cells: [
        formatDate(e.date),
        e.title,
        e.category,
        inc.placeNames ?? '—',
        inc.distanceKm === undefined
          ? 'no place with coordinates'
          : `${inc.distanceKm} km${inc.approximate ? ' (to an approximate part of the line)' : ''}`,
      ],
      sources: sourceRefs(
        [...new Set([...e.sources, ...e.claims.flatMap((c) => c.sources)])],
        sources,
      ),
    };
  });
  return {
    data: {
      from: config.from,
      to: config.to,
      ...(config.cluster ? { cluster: config.cluster } : {}),
      incidents,
    },
    table: {
      columns: [
        { label: 'Date' },
        { label: 'Incident' },
        { label: 'Kind' },
        { label: 'Measured from' },
        { label: 'Distance to the 2020 line', numeric: true },
      ],
      rows,
    },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareIncidents} on the site's records. */
export const prepare: PrepareChart<IncidentsData, IncidentsConfig> = (r, s) =>
  prepareIncidents(r.events, r.places, r.sources, r.geometry('loc-2020'), s);

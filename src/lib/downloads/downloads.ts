import type { Actor } from '../../schemas/actor.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import { tableCsv, type Column } from './column.ts';
import { claimColumns, claimRows, eventColumns, sortEvents } from './eventTables.ts';
import { figureColumns, figureRows } from './figureTables.ts';
import { placeColumns, placesGeoJson } from './placeTables.ts';
import { actorColumns, sourceColumns } from './sourceTables.ts';

/** The validated data the downloads are built from. */
export interface DownloadData {
  events: readonly Event[];
  places: readonly Place[];
  figures: readonly FigureSeries[];
  sources: readonly Source[];
  actors: readonly Actor[];
}

/** Licence notes shared by several files. */
export const licences = {
  ours:
    'Our own compilation and paraphrase; every row names its sources. When you reuse it, credit ' +
    '“Karabakh, explained” and the sources.',
  places:
    'Coordinates from Wikipedia pages (CC BY-SA) and GeoNames (CC BY 4.0), as named in each ' +
    'place’s coordinate source: attribution applies, and share-alike for Wikipedia-derived ones.',
} as const;

/** One file of /data/. */
export interface Download {
  /** File name under /data/. */
  file: string;
  format: 'CSV' | 'JSON' | 'GeoJSON';
  contentType: string;
  /** What the file holds, one sentence. */
  summary: string;
  /** Its columns or properties, for the field list on /data/. */
  fields: readonly { name: string; description: string }[];
  licence: string;
  build(data: DownloadData): string;
}

const CSV = 'text/csv; charset=utf-8';
/** Rows by id, numbers in ids compared as numbers (S2 before S10), so files are stable and readable. */
const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
const fieldsOf = <T>(columns: readonly Column<T>[]) =>
  columns.map(({ name, description }) => ({ name, description }));
const csv = <T>(
  file: string,
  summary: string,
  columns: readonly Column<T>[],
  rows: (data: DownloadData) => readonly T[],
  licence: string = licences.ours,
): Download => ({
  file,
  format: 'CSV',
  contentType: CSV,
  summary,
  fields: fieldsOf(columns),
  licence,
  build: (data) => tableCsv(columns, rows(data)),
});

/**
 * Every table download, built at build time from data/ (src/pages/data/[file].ts) and listed on
 * the /data/ page from this same list. Map geometry is served beside them, file for file.
 */
export const downloads: readonly Download[] = [
  {
    file: 'events.json',
    format: 'JSON',
    contentType: 'application/json; charset=utf-8',
    summary:
      'Every event with its claims nested, as in data/events/*.json, in date order: the most complete form.',
    fields: [
      ...fieldsOf(eventColumns).filter((f) => f.name !== 'claims'),
      { name: 'claims', description: 'list of claims, with the fields of claims.csv' },
    ],
    licence: licences.ours,
    build: (data) => `${JSON.stringify(sortEvents(data.events), null, 2)}\n`,
  },
  csv('events.csv', 'One row per event, in date order.', eventColumns, (d) => sortEvents(d.events)),
  csv(
    'claims.csv',
    'One row per claim: who said what about which event, and when.',
    claimColumns,
    (d) => claimRows(d.events),
  ),
  csv(
    'places.csv',
    'The gazetteer: one row per place with all its names and where its coordinates come from.',
    placeColumns,
    (d) => byId(d.places),
    licences.places,
  ),
  {
    file: 'places.geojson',
    format: 'GeoJSON',
    contentType: 'application/geo+json; charset=utf-8',
    summary:
      'Every place with coordinates as a point (WGS84 lon/lat), with all its names as properties.',
    fields: [
      ...fieldsOf(placeColumns).filter((f) =>
        ['id', 'name_en', 'name_hy', 'name_az', 'name_az_latin', 'kind', 'country'].includes(
          f.name,
        ),
      ),
      { name: 'names_other', description: 'other recorded spellings, as a list' },
      {
        name: 'approximate',
        description: 'true when sources put the place more than 2 km apart',
      },
      { name: 'coord_source, coord_source_url', description: 'where the coordinate comes from' },
    ],
    licence: licences.places,
    build: (data) => `${JSON.stringify(placesGeoJson(byId(data.places)))}\n`,
  },
  csv(
    'figures.csv',
    'One row per reported number; each series counts one thing as reported by one side.',
    figureColumns,
    (d) => figureRows(byId(d.figures)),
  ),
  csv('sources.csv', 'The bibliography every other file cites by id.', sourceColumns, (d) =>
    byId(d.sources),
  ),
  csv('actors.csv', 'Who makes the claims and reports the figures.', actorColumns, (d) =>
    byId(d.actors),
  ),
];

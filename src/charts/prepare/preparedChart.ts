import type { NameMode } from '../../lib/placeName.ts';
import type { FeatureCollection } from 'geojson';
import type { Actor } from '../../schemas/actor.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source, SourceKind } from '../../schemas/source.ts';

/** Text in each naming convention, e.g. a place's name (see src/lib/placeName.ts). */
export type NamedText = Record<NameMode, string>;

/** A table cell: plain text, or text naming places, which follows the reader's convention. */
export type TableCell = string | NamedText;

/** A source as a chart's source line and data table cite it. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
  /** What kind of source it is (data/sources.json), shown beside it in the data table. */
  kind: SourceKind;
}

/** A column of a chart's data table. */
export interface TableColumn {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/** One row: display text per column, then the sources it rests on (shown as the last column). */
export interface TableRow {
  cells: TableCell[];
  sources: SourceRef[];
}

/** The "Show the numbers" table of a chart. */
export interface DataTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * A chart's prepared data: what its layout draws (`data`), its "Show the numbers" table, and every
 * source it cites. Each chart's prepare function (in its folder) makes one from the records.
 */
export interface PreparedChart<T> {
  data: T;
  table: DataTable;
  /** Every source cited, in first-cited order, without repeats. */
  sources: SourceRef[];
}

/**
 * The validated records a chart's data preparation reads: Astro's collections at build time
 * (src/data/charts.ts), data/ read directly in tests and tools (./readData.ts).
 */
export interface ChartSources {
  events: readonly Event[];
  figures: readonly FigureSeries[];
  actors: readonly Actor[];
  places: readonly Place[];
  sources: readonly Source[];
  /** A file of data/geometry/ by name, e.g. "loc-2020". */
  geometry(name: string): FeatureCollection;
}

/** A chart's data preparation as the registry calls it: the records, and the chart's selection. */
export type PrepareChart<D, S> = (records: ChartSources, selection: S) => PreparedChart<D>;

import type { NameMode } from '../placeName.ts';
import type { SourceKind } from '../../schemas/source.ts';

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

/** What a chart component needs: the chart's input, its table, and every source it cites. */
export interface ChartData<T> {
  input: T;
  table: DataTable;
  /** Every source cited, in first-cited order, without repeats. */
  sources: SourceRef[];
}

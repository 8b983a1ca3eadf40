import { toCsv, type CsvValue } from '../csv.ts';

/** One column of a download: its header, what it holds (for the /data/ page) and its value. */
export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => CsvValue;
}

/** Lists (place ids, source ids) in one cell, separated by semicolons. */
export const joinList = (items: readonly string[]): string => items.join(';');

/** The rows as CSV under these columns. */
export function tableCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

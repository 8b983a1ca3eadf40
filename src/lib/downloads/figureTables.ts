import type { FigureSeries, FigureValue } from '../../schemas/figure.ts';
import { joinList, type Column } from './column.ts';

/** One reported value with the series it belongs to. */
export interface FigureRow extends FigureValue {
  series: FigureSeries;
}

/** Every value of every series, in the data's order. */
export function figureRows(series: readonly FigureSeries[]): FigureRow[] {
  return series.flatMap((s) => s.values.map((v) => ({ ...v, series: s })));
}

/** figures.csv: one row per reported value; a series counts one thing as reported by one side. */
export const figureColumns: readonly Column<FigureRow>[] = [
  { name: 'series', description: 'series id', value: (r) => r.series.id },
  {
    name: 'label',
    description: 'what the series counts and who reports it',
    value: (r) => r.series.label,
  },
  {
    name: 'unit',
    description: 'what is counted, e.g. "servicemen killed"',
    value: (r) => r.series.unit,
  },
  { name: 'group', description: 'topic the series belongs to', value: (r) => r.series.group },
  { name: 'date', description: 'date the value refers to or was published', value: (r) => r.date },
  {
    name: 'value',
    description: 'the number as reported; the lower bound of a range',
    value: (r) => r.value,
  },
  { name: 'upper', description: 'upper bound of a range ("202–207")', value: (r) => r.upper },
  {
    name: 'qualifier',
    description: 'exact, about, at-least or more-than, as the reporter put it',
    value: (r) => r.qualifier,
  },
  {
    name: 'reporter',
    description: 'who reported it: actor id (actors.csv)',
    value: (r) => r.reporter,
  },
  { name: 'note', description: 'context in our words', value: (r) => r.note },
  {
    name: 'sources',
    description: 'source ids, separated by semicolons',
    value: (r) => joinList(r.sources),
  },
];

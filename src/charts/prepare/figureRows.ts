import { formatValue } from '../core/formatValue.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../../lib/formatDate.ts';
import type { TableColumn, TableRow } from './preparedChart.ts';
import { lookup } from './lookup.ts';
import { sourceRefs } from './sourceRefs.ts';

/** Columns of a figures table (the sources column is added by the component). */
export const figureColumns: TableColumn[] = [
  { label: 'What is counted' },
  { label: 'Date' },
  { label: 'Number', numeric: true },
  { label: 'Reported by' },
  { label: 'Note' },
];

/** One table row per reported value of each series, in the order given: nothing blended. */
export function figureRows(
  figures: readonly FigureSeries[],
  ids: readonly string[],
  actors: readonly Actor[],
  sources: readonly Source[],
): TableRow[] {
  return ids.flatMap((id) => {
    const s = lookup(figures, id, 'figure series');
    return s.values.map((v) => ({
      cells: [
        s.label,
        formatDate(v.date),
        formatValue(v),
        lookup(actors, v.reporter, 'actor').shortName,
        v.note ?? '',
      ],
      sources: sourceRefs(v.sources, sources),
    }));
  });
}

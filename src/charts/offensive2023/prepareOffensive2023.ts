import type { Offensive2023Data } from './offensive2023Types.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { PrepareChart, PreparedChart } from '../prepare/preparedChart.ts';
import { figureColumns, figureRows } from '../prepare/figureRows.ts';
import { reportedSeries } from '../prepare/reportedSeries.ts';
import { citedSources } from '../prepare/sourceRefs.ts';
import type { Offensive2023Selection } from '../../schemas/chartSelection.ts';

/** "The dead of September 2023": each chosen series with its reporter, and a row per report. */
export function prepareOffensive2023(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  selection: Offensive2023Selection,
): PreparedChart<Offensive2023Data> {
  const rows = figureRows(figures, selection.series, actors, sources);
  return {
    data: { series: selection.series.map((id) => reportedSeries(figures, id, actors)) },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareOffensive2023} on the site's records. */
export const prepare: PrepareChart<Offensive2023Data, Offensive2023Selection> = (r, s) =>
  prepareOffensive2023(r.figures, r.actors, r.sources, s);

import type { CountingTheDeadData } from './countingTheDeadTypes.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { PrepareChart, PreparedChart } from '../prepare/preparedChart.ts';
import { figureColumns, figureRows } from '../prepare/figureRows.ts';
import { reportedSeries } from '../prepare/reportedSeries.ts';
import { citedSources } from '../prepare/sourceRefs.ts';
import type { CountingTheDeadSelection } from '../../schemas/chartSelection.ts';

/** Which records the chart shows (its `selection` in data/story/charts.json). */
export type CountingTheDeadConfig = CountingTheDeadSelection;

/** "Counting the dead": the chosen series, each kept apart with its reporter, and a row per report. */
export function prepareCountingTheDead(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: CountingTheDeadConfig,
): PreparedChart<CountingTheDeadData> {
  const rows = figureRows(
    figures,
    [...config.tolls.map((t) => t.id), ...config.civilians],
    actors,
    sources,
  );
  return {
    data: {
      tolls: config.tolls.map((t) => ({ ...reportedSeries(figures, t.id, actors), role: t.role })),
      civilians: config.civilians.map((id) => reportedSeries(figures, id, actors)),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareCountingTheDead} on the site's records. */
export const prepare: PrepareChart<CountingTheDeadData, CountingTheDeadConfig> = (r, s) =>
  prepareCountingTheDead(r.figures, r.actors, r.sources, s);

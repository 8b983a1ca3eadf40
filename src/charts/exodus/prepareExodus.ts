import type { ExodusData } from './exodusTypes.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { PrepareChart, PreparedChart } from '../prepare/preparedChart.ts';
import { figureColumns, figureRows } from '../prepare/figureRows.ts';
import { reportedSeries } from '../prepare/reportedSeries.ts';
import { citedSources } from '../prepare/sourceRefs.ts';
import type { ExodusSelection } from '../../schemas/chartSelection.ts';

/** Which records the chart shows (its `selection` in data/story/charts.json). */
export type ExodusConfig = ExodusSelection;

/** "The exodus": the displacement counts and the population estimate, each with its reporter. */
export function prepareExodus(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: ExodusConfig,
): PreparedChart<ExodusData> {
  const ids = [...(config.population ? [config.population] : []), config.displaced];
  const rows = figureRows(figures, ids, actors, sources);
  return {
    data: {
      ...(config.population
        ? { population: reportedSeries(figures, config.population, actors) }
        : {}),
      displaced: reportedSeries(figures, config.displaced, actors),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareExodus} on the site's records. */
export const prepare: PrepareChart<ExodusData, ExodusConfig> = (r, s) =>
  prepareExodus(r.figures, r.actors, r.sources, s);

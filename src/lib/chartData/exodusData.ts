import type { ExodusData } from '../../charts/exodus/exodusTypes.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { ChartData } from './chartData.ts';
import { figureColumns, figureRows } from './figureRows.ts';
import { reportedSeries } from './reportedSeries.ts';
import { citedSources } from './sourceRefs.ts';

/** Which figure series "The exodus" shows. */
export interface ExodusConfig {
  /** Running count of people displaced. */
  displaced: string;
  /** Population estimate before the displacement (optional). */
  population?: string;
}

/** "The exodus": the displacement counts and the population estimate, each with its reporter. */
export function exodusData(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: ExodusConfig,
): ChartData<ExodusData> {
  const ids = [...(config.population ? [config.population] : []), config.displaced];
  const rows = figureRows(figures, ids, actors, sources);
  return {
    input: {
      ...(config.population
        ? { population: reportedSeries(figures, config.population, actors) }
        : {}),
      displaced: reportedSeries(figures, config.displaced, actors),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

import type {
  CountingTheDeadData,
  TollSeries,
} from '../../charts/countingTheDead/countingTheDeadTypes.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { ChartData } from './chartData.ts';
import { figureColumns, figureRows } from './figureRows.ts';
import { reportedSeries } from './reportedSeries.ts';
import { citedSources } from './sourceRefs.ts';

/** Which figure series "Counting the dead" shows. */
export interface CountingTheDeadConfig {
  /** Series of the tolls panel: each side's official counts, then independent tallies. */
  tolls: readonly { id: string; role: TollSeries['role'] }[];
  /** Series of the civilians panel. */
  civilians: readonly string[];
}

/** "Counting the dead": the chosen series, each kept apart with its reporter, and a row per report. */
export function countingTheDeadData(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: CountingTheDeadConfig,
): ChartData<CountingTheDeadData> {
  const rows = figureRows(
    figures,
    [...config.tolls.map((t) => t.id), ...config.civilians],
    actors,
    sources,
  );
  return {
    input: {
      tolls: config.tolls.map((t) => ({ ...reportedSeries(figures, t.id, actors), role: t.role })),
      civilians: config.civilians.map((id) => reportedSeries(figures, id, actors)),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

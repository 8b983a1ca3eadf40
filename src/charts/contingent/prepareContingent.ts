import type { ContingentData, PostReport } from './contingentTypes.ts';
import type { ReportedValue } from '../core/reported.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { PrepareChart, PreparedChart } from '../prepare/preparedChart.ts';
import { figureColumns, figureRows } from '../prepare/figureRows.ts';
import { reportedSeries } from '../prepare/reportedSeries.ts';
import { citedSources } from '../prepare/sourceRefs.ts';
import type { ContingentSelection } from '../../schemas/chartSelection.ts';

/** Which records the chart shows (its `selection` in data/story/charts.json). */
export type ContingentConfig = ContingentSelection;

type PostKey = 'open' | 'temporary' | 'closed' | 'temporaryClosed';

/**
 * "The contingent": the statement's counts (the latest value of each allowed series) and the
 * observation-post reports gathered by date, each count kept apart with its reporter.
 */
export function prepareContingent(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: ContingentConfig,
): PreparedChart<ContingentData> {
  const allowed = config.allowed.map((id) => {
    const s = reportedSeries(figures, id, actors);
    const value = s.values[s.values.length - 1]!;
    return { id, unit: s.unit, value };
  });
  const postSeries: [PostKey, string][] = [
    ['open', config.posts],
    ['temporary', config.temporaryPosts],
    ['closed', config.postsClosed],
    ['temporaryClosed', config.temporaryPostsClosed],
  ];
  const byDate = new Map<string, PostReport>();
  const reporters = new Set<string>();
  for (const [key, id] of postSeries) {
    for (const v of reportedSeries(figures, id, actors).values) {
      const report = byDate.get(v.date) ?? { date: v.date };
      (report as Record<PostKey, ReportedValue | undefined>)[key] = v;
      byDate.set(v.date, report);
      reporters.add(v.reporter.name);
    }
  }
  const rows = figureRows(
    figures,
    [...config.allowed, ...postSeries.map(([, id]) => id)],
    actors,
    sources,
  );
  return {
    data: {
      allowed,
      posts: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
      postsReporter: [...reporters].join(', '),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

/** The registry's entry point (src/charts/registry.ts): {@link prepareContingent} on the site's records. */
export const prepare: PrepareChart<ContingentData, ContingentConfig> = (r, s) =>
  prepareContingent(r.figures, r.actors, r.sources, s);

import type { ContingentData, PostReport } from '../../charts/contingent/contingentTypes.ts';
import type { ReportedValue } from '../../charts/core/reported.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Source } from '../../schemas/source.ts';
import type { ChartData } from './chartData.ts';
import { figureColumns, figureRows } from './figureRows.ts';
import { reportedSeries } from './reportedSeries.ts';
import { citedSources } from './sourceRefs.ts';

/** Which figure series "The contingent" shows. */
export interface ContingentConfig {
  /** Single-value series: what the statement allowed, in build-up order. */
  allowed: readonly string[];
  posts: string;
  temporaryPosts: string;
  postsClosed: string;
  temporaryPostsClosed: string;
}

type PostKey = 'open' | 'temporary' | 'closed' | 'temporaryClosed';

/**
 * "The contingent": the statement's counts (the latest value of each allowed series) and the
 * observation-post reports gathered by date, each count kept apart with its reporter.
 */
export function contingentData(
  figures: readonly FigureSeries[],
  actors: readonly Actor[],
  sources: readonly Source[],
  config: ContingentConfig,
): ChartData<ContingentData> {
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
    input: {
      allowed,
      posts: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
      postsReporter: [...reporters].join(', '),
    },
    table: { columns: figureColumns, rows },
    sources: citedSources(rows),
  };
}

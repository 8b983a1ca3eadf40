/**
 * Ships to the browser. Every chart of the site, in the order /charts/ and the embeds list them —
 * the one list of charts. The story, /charts/, the chart embeds, the share cards, the golden tests
 * and the browser's chart element all iterate it; nothing else names a chart.
 *
 * A chart is a folder (src/charts/<name>/) plus one entry here. Its words and `selection` (which
 * series or events it shows) are its entry in data/story/charts.json, by id, validated against
 * the selection schema of the same id in src/schemas/chartSelection.ts. See src/charts/README.md.
 */
import type { ChartId } from '../schemas/chartIds.ts';
import type { ChartSelection } from '../schemas/chartSelection.ts';
import type { ChartModule } from './core/chartModule.ts';
import type { ChartState } from './core/chartState.ts';
import type { ChartSources, PreparedChart } from './prepare/preparedChart.ts';

/** A chart's data preparation module (its folder's prepare<Name>.ts). */
export interface ChartPreparation {
  /** The chart's data, table and sources, from the records and its selection. */
  prepare(records: ChartSources, selection: ChartSelection): PreparedChart<unknown>;
}

/** One chart of the registry. */
export interface ChartEntry {
  /** Kebab-case id: its entry in data/story/charts.json, `chart.id` in steps, its URLs. */
  id: ChartId;
  /**
   * The chart's own module (defaults, layout, scene, controls), loaded lazily: the browser
   * fetches it only when the reader nears the chart; the build renders its SVG from the same code.
   */
  load(): Promise<ChartModule>;
  /**
   * Build-only: the chart's data preparation. `import.meta.env.SSR` is false in the browser
   * bundle, where Vite drops the branch, so no preparation code ships (or is precached).
   */
  prepare: (() => Promise<ChartPreparation>) | undefined;
  /** A mid-story state worth pinning: the golden tests draw it beside the finished chart. */
  goldenState: ChartState;
}

/** Every chart, in showing order. */
export const chartRegistry: readonly ChartEntry[] = [
  {
    id: 'war-timeline',
    load: () => import('./warTimeline/warTimeline.ts').then((m) => m.warTimelineChart),
    prepare: import.meta.env.SSR ? () => import('./warTimeline/prepareWarTimeline.ts') : undefined,
    goldenState: { until: '2020-10-20' },
  },
  {
    id: 'counting-the-dead',
    load: () => import('./countingTheDead/countingTheDead.ts').then((m) => m.countingTheDeadChart),
    prepare: import.meta.env.SSR
      ? () => import('./countingTheDead/prepareCountingTheDead.ts')
      : undefined,
    goldenState: { step: 2, until: '2021-06' },
  },
  {
    id: 'contingent',
    load: () => import('./contingent/contingent.ts').then((m) => m.contingentChart),
    prepare: import.meta.env.SSR ? () => import('./contingent/prepareContingent.ts') : undefined,
    goldenState: { step: 4, until: '2021-12' },
  },
  {
    id: 'incidents',
    load: () => import('./incidents/incidents.ts').then((m) => m.incidentsChart),
    prepare: import.meta.env.SSR ? () => import('./incidents/prepareIncidents.ts') : undefined,
    goldenState: { step: 2 },
  },
  {
    id: 'exodus',
    load: () => import('./exodus/exodus.ts').then((m) => m.exodusChart),
    prepare: import.meta.env.SSR ? () => import('./exodus/prepareExodus.ts') : undefined,
    goldenState: { step: 1 },
  },
  {
    id: 'offensive-2023',
    load: () => import('./offensive2023/offensive2023.ts').then((m) => m.offensive2023Chart),
    prepare: import.meta.env.SSR
      ? () => import('./offensive2023/prepareOffensive2023.ts')
      : undefined,
    goldenState: { step: 1 },
  },
];

/** The custom element tag of a chart (`<chart-<id>>`), defined by src/client/defineCharts.ts. */
export const chartTag = (id: string): `chart-${string}` => `chart-${id}`;

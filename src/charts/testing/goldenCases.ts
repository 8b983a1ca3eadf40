/**
 * Test helper (never shipped): the frozen inputs of every chart for golden-file and layout tests.
 * With `refresh`, the inputs are rebuilt from data/ through src/lib/chartData and saved.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BaseOptions, ChartSpec } from '../core/chartSpec.ts';
import type { ChartState } from '../core/chartState.ts';
import { contingentSpec } from '../contingent/contingent.ts';
import { countingTheDeadSpec } from '../countingTheDead/countingTheDead.ts';
import { exodusSpec } from '../exodus/exodus.ts';
import { incidentsSpec } from '../incidents/incidents.ts';
import { warTimelineSpec } from '../warTimeline/warTimeline.ts';

const INPUTS = new URL('../../../tests/golden/charts/inputs/', import.meta.url);

/** A chart with its frozen input and a mid-story state worth pinning. */
export interface GoldenCase {
  // Specs differ in their data types; each case pairs a spec with its own input.
  spec: ChartSpec<unknown, BaseOptions, unknown>;
  input: unknown;
  partial: ChartState;
}

const charts: [ChartSpec<unknown, BaseOptions, unknown>, ChartState][] = [
  [warTimelineSpec as ChartSpec<unknown, BaseOptions, unknown>, { until: '2020-10-20' }],
  [countingTheDeadSpec as ChartSpec<unknown, BaseOptions, unknown>, { step: 2, until: '2021-06' }],
  [contingentSpec as ChartSpec<unknown, BaseOptions, unknown>, { step: 4, until: '2021-12' }],
  [incidentsSpec as ChartSpec<unknown, BaseOptions, unknown>, { step: 2 }],
  [exodusSpec as ChartSpec<unknown, BaseOptions, unknown>, { step: 1 }],
];

async function rebuild(): Promise<Record<string, unknown>> {
  // Imported lazily: only a refresh reads data/ (and the geometry the incidents chart needs).
  const { readChartSourceData } = await import('../../lib/chartData/readData.ts');
  const { chartSelections: s } = await import('../../lib/chartData/chartSelections.ts');
  const { warTimelineData } = await import('../../lib/chartData/warTimelineData.ts');
  const { countingTheDeadData } = await import('../../lib/chartData/countingTheDeadData.ts');
  const { contingentData } = await import('../../lib/chartData/contingentData.ts');
  const { incidentsData } = await import('../../lib/chartData/incidentsData.ts');
  const { exodusData } = await import('../../lib/chartData/exodusData.ts');
  const d = readChartSourceData();
  const line = JSON.parse(
    readFileSync(new URL('../../../data/geometry/loc-2020.geojson', import.meta.url), 'utf8'),
  );
  return {
    'war-timeline': warTimelineData(d.events, d.actors, d.places, d.sources, s.warTimeline).input,
    'counting-the-dead': countingTheDeadData(d.figures, d.actors, d.sources, s.countingTheDead)
      .input,
    contingent: contingentData(d.figures, d.actors, d.sources, s.contingent).input,
    incidents: incidentsData(d.events, d.places, d.sources, line, s.incidents).input,
    exodus: exodusData(d.figures, d.actors, d.sources, s.exodus).input,
  };
}

/** Every chart's golden case; `refresh` rebuilds the inputs from data/ first. */
export async function goldenCases(refresh = false): Promise<GoldenCase[]> {
  if (refresh) {
    mkdirSync(INPUTS, { recursive: true });
    for (const [id, input] of Object.entries(await rebuild()))
      writeFileSync(new URL(`${id}.json`, INPUTS), `${JSON.stringify(input, null, 1)}\n`);
  }
  return charts.map(([spec, partial]) => ({
    spec,
    input: JSON.parse(readFileSync(new URL(`${spec.id}.json`, INPUTS), 'utf8')),
    partial,
  }));
}

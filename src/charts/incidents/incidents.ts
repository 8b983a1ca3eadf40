/**
 * Ships to the browser. "Incidents on the line": `incidents(target, data, options)` adopts the
 * SVGs the build wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import { defaults, layoutIncidents, type IncidentsLayout } from './incidentsLayout.ts';
import type { IncidentsData, IncidentsOptions } from './incidentsTypes.ts';
import { incidentsScene } from './incidentsScene.ts';

export { defaults };

/** "Incidents on the line" as a chart spec (shared by the build and the browser). */
export const incidentsSpec: ChartSpec<IncidentsData, IncidentsOptions, IncidentsLayout> = {
  defaults,
  layout: layoutIncidents,
  scene: incidentsScene,
  startState: () => ({ step: 0 }),
};

/** What the chart registry loads for the chart. */
export const incidentsChart: ChartModule<IncidentsData> = { spec: incidentsSpec };

/** Mounts "Incidents on the line" on `target`. */
export function incidents(
  target: Element,
  data: IncidentsData,
  options: Partial<IncidentsOptions> = {},
): ChartHandle {
  return mountChart(incidentsSpec, target, data, options);
}

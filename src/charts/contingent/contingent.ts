/**
 * Ships to the browser. "The contingent": `contingent(target, data, options)` adopts the SVGs the
 * build wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import { defaults, layoutContingent, type ContingentLayout } from './contingentLayout.ts';
import type { ContingentData, ContingentOptions } from './contingentTypes.ts';
import { contingentScene } from './contingentScene.ts';

export { defaults };

/** "The contingent" as a chart spec (shared by the build and the browser). */
export const contingentSpec: ChartSpec<ContingentData, ContingentOptions, ContingentLayout> = {
  defaults,
  layout: layoutContingent,
  scene: contingentScene,
  startState: () => ({ step: 0 }),
};

/** What the chart registry loads for the chart. */
export const contingentChart: ChartModule<ContingentData> = { spec: contingentSpec };

/** Mounts "The contingent" on `target`. */
export function contingent(
  target: Element,
  data: ContingentData,
  options: Partial<ContingentOptions> = {},
): ChartHandle {
  return mountChart(contingentSpec, target, data, options);
}

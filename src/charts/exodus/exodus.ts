/**
 * Ships to the browser. "The exodus": `exodus(target, data, options)` adopts the SVGs the build
 * wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import { defaults, layoutExodus, type ExodusLayout } from './exodusLayout.ts';
import type { ExodusData, ExodusOptions } from './exodusTypes.ts';
import { exodusScene } from './exodusScene.ts';

export { defaults };

/** "The exodus" as a chart spec (shared by the build and the browser). */
export const exodusSpec: ChartSpec<ExodusData, ExodusOptions, ExodusLayout> = {
  defaults,
  layout: layoutExodus,
  scene: exodusScene,
  startState: () => ({ step: 0 }),
};

/** What the chart registry loads for the chart. */
export const exodusChart: ChartModule<ExodusData> = { spec: exodusSpec };

/** Mounts "The exodus" on `target`. */
export function exodus(
  target: Element,
  data: ExodusData,
  options: Partial<ExodusOptions> = {},
): ChartHandle {
  return mountChart(exodusSpec, target, data, options);
}

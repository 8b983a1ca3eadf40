/**
 * Ships to the browser. "Counting the dead": `countingTheDead(target, data, options)` adopts the
 * SVGs the build wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import {
  defaults,
  layoutCountingTheDead,
  type CountingTheDeadLayout,
} from './countingTheDeadLayout.ts';
import type { CountingTheDeadData, CountingTheDeadOptions } from './countingTheDeadTypes.ts';
import { countingTheDeadScene } from './countingTheDeadScene.ts';

export { defaults };

/** "Counting the dead" as a chart spec (shared by the build and the browser). */
export const countingTheDeadSpec: ChartSpec<
  CountingTheDeadData,
  CountingTheDeadOptions,
  CountingTheDeadLayout
> = {
  defaults,
  layout: layoutCountingTheDead,
  scene: countingTheDeadScene,
  startState: () => ({ step: 0 }),
};

/** What the chart registry loads for the chart. */
export const countingTheDeadChart: ChartModule<CountingTheDeadData> = { spec: countingTheDeadSpec };

/** Mounts "Counting the dead" on `target`. */
export function countingTheDead(
  target: Element,
  data: CountingTheDeadData,
  options: Partial<CountingTheDeadOptions> = {},
): ChartHandle {
  return mountChart(countingTheDeadSpec, target, data, options);
}

/**
 * Ships to the browser. The war timeline chart: `warTimeline(target, data, options)` adopts the
 * SVGs the build wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import { defaults, layoutWarTimeline, type WarTimelineLayout } from './warTimelineLayout.ts';
import type { WarTimelineData, WarTimelineOptions } from './warTimelineTypes.ts';
import { warTimelineScene } from './warTimelineScene.ts';
import { warTimelineScrubber } from './warTimelineScrubber.ts';

export { defaults };

/** The war timeline as a chart spec (shared by the build and the browser). */
export const warTimelineSpec: ChartSpec<WarTimelineData, WarTimelineOptions, WarTimelineLayout> = {
  defaults,
  layout: layoutWarTimeline,
  scene: warTimelineScene,
  startState: (data) => ({ until: data.start }),
};

/** What the chart registry loads for the chart: the spec, and the day scrubber under it. */
export const warTimelineChart: ChartModule<WarTimelineData> = {
  spec: warTimelineSpec,
  controls: warTimelineScrubber,
};

/** Mounts the war timeline on `target`. */
export function warTimeline(
  target: Element,
  data: WarTimelineData,
  options: Partial<WarTimelineOptions> = {},
): ChartHandle {
  return mountChart(warTimelineSpec, target, data, options);
}

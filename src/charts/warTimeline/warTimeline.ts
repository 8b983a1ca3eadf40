/**
 * Ships to the browser. The war timeline chart: `warTimeline(target, data, options)` adopts the
 * SVGs the build wrote into `target` and returns `{ update(state), destroy() }`.
 */
import type { ChartSpec } from '../core/chartSpec.ts';
import { mountChart, type ChartHandle } from '../core/mountChart.ts';
import { defaults, layoutWarTimeline, type WarTimelineLayout } from './warTimelineLayout.ts';
import type { WarTimelineData, WarTimelineOptions } from './warTimelineTypes.ts';
import { warTimelineScene } from './warTimelineScene.ts';

export { defaults };

/** The war timeline as a chart spec (shared by the build and the browser). */
export const warTimelineSpec: ChartSpec<WarTimelineData, WarTimelineOptions, WarTimelineLayout> = {
  id: 'war-timeline',
  defaults,
  layout: layoutWarTimeline,
  scene: warTimelineScene,
  startState: (data) => ({ until: data.start }),
};

/** Mounts the war timeline on `target`. */
export function warTimeline(
  target: Element,
  data: WarTimelineData,
  options: Partial<WarTimelineOptions> = {},
): ChartHandle {
  return mountChart(warTimelineSpec, target, data, options);
}

/**
 * Ships to the browser. "The dead of September 2023": its spec and module, what the chart
 * registry loads.
 */
import type { ChartModule } from '../core/chartModule.ts';
import type { ChartSpec } from '../core/chartSpec.ts';
import { defaults, layoutOffensive2023, type Offensive2023Layout } from './offensive2023Layout.ts';
import { offensive2023Scene } from './offensive2023Scene.ts';
import type { Offensive2023Data, Offensive2023Options } from './offensive2023Types.ts';

export { defaults };

/** "The dead of September 2023" as a chart spec (shared by the build and the browser). */
export const offensive2023Spec: ChartSpec<
  Offensive2023Data,
  Offensive2023Options,
  Offensive2023Layout
> = {
  defaults,
  layout: layoutOffensive2023,
  scene: offensive2023Scene,
  startState: () => ({ step: 0 }),
};

/** What the chart registry loads for the chart. */
export const offensive2023Chart: ChartModule<Offensive2023Data> = { spec: offensive2023Spec };

import type { BaseOptions, ChartSpec } from './chartSpec.ts';
import type { ChartState } from './chartState.ts';
import type { ChartHandle } from './mountChart.ts';

/** A range input drawn under a chart by the build (the war timeline's day scrubber). */
export interface RangeControl {
  /** The input's visible label. */
  label: string;
  /** The range is 0…max, in whole steps. */
  max: number;
  value: number;
  /** What a screen reader announces for `value`. */
  valueText: string;
  /** The value as the `<output>` beside the input shows it. */
  output: string;
}

/** The chart element as a chart's controls see it (see src/client/chart-element.ts). */
export interface ChartHost<D> extends HTMLElement {
  readonly data?: D;
  readonly chart?: ChartHandle;
  /** Animation length honouring the reader's motion preference. */
  duration(ms?: number): number;
}

/**
 * A control under a chart: its markup comes from the build (so the page does not move when the
 * code arrives), its behaviour from the browser.
 */
export interface ChartControls<D> {
  /** Build-time: the range input for `state` (none = the finished chart). */
  range(data: D, state: ChartState): RangeControl;
  /** Browser: wires the control up on the element; returns its clean-up. */
  connect(host: ChartHost<D>): () => void;
  /** Browser: called after every state the element draws (a state the story set). */
  drawn(host: ChartHost<D>, state: ChartState): void;
}

/**
 * What the registry loads for a chart (src/charts/registry.ts): its spec, which the build renders
 * to SVG and the browser element mounts, and any controls under it.
 */
export interface ChartModule<D = unknown> {
  spec: ChartSpec<D, BaseOptions, unknown>;
  controls?: ChartControls<D>;
}

import type { BaseOptions, ChartSpec } from './chartSpec.ts';
import type { ChartState } from './chartState.ts';
import { renderSvg } from './renderSvg.ts';
import { variantWidths } from './variantWidths.ts';

/** Build-time rendering of one chart state at one width, as SVG markup. */
export function renderChart<D, O extends BaseOptions, L>(
  spec: ChartSpec<D, O, L>,
  data: D,
  options: Partial<O> = {},
  state: ChartState = {},
): string {
  const o = { ...spec.defaults, ...options };
  return renderSvg(spec.scene(spec.layout(data, o), state));
}

/** The SVG for every layout width, for the static HTML (CSS shows the one that fits). */
export function renderChartVariants<D, O extends BaseOptions, L>(
  spec: ChartSpec<D, O, L>,
  data: D,
  options: Partial<O> = {},
  state: ChartState = {},
): { width: number; svg: string }[] {
  return variantWidths.map((width) => ({
    width,
    svg: renderChart(spec, data, { ...options, width }, state),
  }));
}

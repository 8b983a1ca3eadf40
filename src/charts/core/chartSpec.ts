import type { NameMode } from '../../lib/placeName.ts';
import type { ChartState } from './chartState.ts';
import { el, type SvgNode } from './svgNode.ts';

/** Options every chart takes. */
export interface BaseOptions {
  /** Layout width in px (one of `variantWidths` on the site). */
  width: number;
  /** Id(s) of the elements naming the chart (its title and takeaway), for `aria-labelledby`. */
  labelledBy?: string;
  /**
   * Naming convention of the place labels (default 'en'): charts whose data carries place names
   * in every convention size and place their labels by this one's strings. The build draws 'en'.
   */
  names?: NameMode;
  /** The chart's registry id, which names its SVG (`class="chart-svg chart-<id>"`). */
  chartId?: string;
}

/**
 * What makes a chart: defaults, a pure layout (scales, positions, label placement, computed once
 * per width) and a pure scene (the SVG for one state of that layout). The build serialises the
 * scene; the browser patches it into the DOM, animating between states.
 */
export interface ChartSpec<Data, Options extends BaseOptions, Layout> {
  defaults: Options;
  layout(data: Data, options: Options): Layout;
  scene(layout: Layout, state: ChartState): SvgNode;
  /** The state the chart builds up from when it first scrolls into view. */
  startState(data: Data): ChartState;
}

/**
 * The root `<svg>` every chart scene returns, showing the layout from `top` down (`height` tall):
 * a chart drawing one of its stacked panels shows only that slice (./chartParts.ts).
 */
export function svgRoot(
  options: BaseOptions,
  height: number,
  children: SvgNode[],
  top = 0,
): SvgNode {
  return el(
    'svg',
    {
      class: options.chartId ? `chart-svg chart-${options.chartId}` : 'chart-svg',
      viewBox: `0 ${top} ${options.width} ${height}`,
      width: options.width,
      height,
      'data-width': options.width,
      role: 'img',
      'aria-labelledby': options.labelledBy,
    },
    children,
  );
}

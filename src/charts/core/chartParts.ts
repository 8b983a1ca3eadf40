import type { ChartState } from './chartState.ts';
import type { SvgNode } from './svgNode.ts';

/** How far one of a chart's stacked panels reaches down its layout, in px. */
export interface PartExtent {
  top: number;
  bottom: number;
}

/** The slice of a layout an SVG shows: its viewBox's top and height. */
export interface PartView {
  top: number;
  height: number;
}

/**
 * The slice of a chart of stacked panels drawn in `state`: the whole layout (`height` tall), or,
 * when the state names a `part`, that panel with `margin` around it, so the SVG is only as tall as
 * what it shows. A part the chart does not have draws the whole chart.
 */
export function partView(
  parts: readonly PartExtent[],
  state: ChartState,
  height: number,
  margin: number,
): PartView {
  const part = state.part === undefined ? undefined : parts[state.part - 1];
  if (!part) return { top: 0, height };
  const top = Math.max(0, part.top - margin);
  const bottom = Math.min(height, part.bottom + margin);
  return { top, height: bottom - top };
}

/** `node` (a panel's group) as drawn: hidden when the state draws another part. */
export function partNode(node: SvgNode, shown: boolean): SvgNode {
  return shown ? node : { ...node, attrs: { ...node.attrs, opacity: 0 } };
}

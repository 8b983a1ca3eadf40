/**
 * Ships to the browser. The axes of a plot with values up the side and time along the bottom,
 * drawn the same by every chart that has one (observation posts, the war dead): gridlines with
 * their labels right-aligned just left of the plot, a baseline at 0, and the time ticks' labels
 * under the plot.
 */
import { el, px, type SvgNode } from './svgNode.ts';
import type { PlacedTick } from './thinTicks.ts';

/** What the axes need of a plot's layout. */
export interface AxesLayout {
  plot: { x0: number; x1: number; y1: number };
  yTicks: readonly { y: number; label: string }[];
  xTicks: readonly PlacedTick[];
}

/** The value axis (`g.y-axis`) and the time axis (`g.x-axis`), in that order. */
export function plotAxes(p: AxesLayout, smallFontSize: number): [SvgNode, SvgNode] {
  return [
    el(
      'g',
      { class: 'y-axis' },
      p.yTicks.flatMap((tk) => [
        el('line', {
          class: tk.label === '0' ? 'baseline' : 'grid',
          x1: px(p.plot.x0 - 4),
          x2: px(p.plot.x1),
          y1: px(tk.y),
          y2: px(tk.y),
        }),
        el(
          'text',
          {
            class: 'tick',
            x: px(p.plot.x0 - 8),
            y: px(tk.y + smallFontSize * 0.35),
            'text-anchor': 'end',
          },
          tk.label,
        ),
      ]),
    ),
    el(
      'g',
      { class: 'x-axis' },
      p.xTicks.map((tk) =>
        el(
          'text',
          {
            class: 'tick',
            x: px(tk.x),
            y: px(p.plot.y1 + 8 + smallFontSize),
            'text-anchor': tk.anchor,
          },
          tk.label,
        ),
      ),
    ),
  ];
}

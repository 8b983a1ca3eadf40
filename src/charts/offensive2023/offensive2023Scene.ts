import { svgRoot } from '../core/chartSpec.ts';
import type { ChartState } from '../core/chartState.ts';
import { px, type SvgNode } from '../core/svgNode.ts';
import { civiliansScene } from '../countingTheDead/civiliansScene.ts';
import type { Offensive2023Layout } from './offensive2023Layout.ts';

/** “The dead of September 2023” drawn for one state: series n appears at step n. */
export function offensive2023Scene(layout: Offensive2023Layout, state: ChartState): SvgNode {
  return svgRoot(layout.options, px(layout.height), [
    civiliansScene(layout.bars, state, (i) => i + 1),
  ]);
}

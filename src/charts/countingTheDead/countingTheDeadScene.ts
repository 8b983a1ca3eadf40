import { svgRoot } from '../core/chartSpec.ts';
import type { ChartState } from '../core/chartState.ts';
import { px, type SvgNode } from '../core/svgNode.ts';
import { civiliansScene } from './civiliansScene.ts';
import type { CountingTheDeadLayout } from './countingTheDeadLayout.ts';
import { tollsScene } from './tollsScene.ts';

/** "Counting the dead" drawn for one state. */
export function countingTheDeadScene(layout: CountingTheDeadLayout, state: ChartState): SvgNode {
  return svgRoot(layout.options, px(layout.height), [
    tollsScene(layout.tolls, layout.options, state),
    civiliansScene(layout.civilians, state),
  ]);
}

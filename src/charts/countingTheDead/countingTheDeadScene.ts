import { partNode, partView } from '../core/chartParts.ts';
import { svgRoot } from '../core/chartSpec.ts';
import { partShown, type ChartState } from '../core/chartState.ts';
import { px, type SvgNode } from '../core/svgNode.ts';
import { civiliansScene } from './civiliansScene.ts';
import type { CountingTheDeadLayout } from './countingTheDeadLayout.ts';
import { tollsScene } from './tollsScene.ts';

/** "Counting the dead" drawn for one state. */
export function countingTheDeadScene(layout: CountingTheDeadLayout, state: ChartState): SvgNode {
  const view = partView(layout.parts, state, layout.height, layout.options.margin);
  return svgRoot(
    layout.options,
    px(view.height),
    [
      partNode(tollsScene(layout.tolls, layout.options, state), partShown(state, 1)),
      partNode(civiliansScene(layout.civilians, state), partShown(state, 2)),
    ],
    px(view.top),
  );
}

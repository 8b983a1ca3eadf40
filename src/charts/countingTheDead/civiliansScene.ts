import { onOrBefore } from '../core/chartDate.ts';
import { stepShown, type ChartState } from '../core/chartState.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { CiviliansLayout } from './civiliansLayout.ts';

/** Build-up step at which the civilians panel appears. */
const CIVILIANS_STEP = 3;

const shown = (state: ChartState, date: string) => !state.until || onOrBefore(date, state.until);

/**
 * The civilians panel drawn for one state. `groupStep` gives the build-up step at which each
 * series appears (default: the whole panel at once, with the civilians step).
 */
export function civiliansScene(
  c: CiviliansLayout,
  state: ChartState,
  groupStep?: (index: number) => number,
): SvgNode {
  const stepOf = groupStep ?? (() => CIVILIANS_STEP);
  // With a step per series the panel's title stays while its series come in one by one.
  const on = groupStep ? true : stepShown(state, CIVILIANS_STEP);
  return el('g', { class: 'civilians', opacity: on ? 1 : 0 }, [
    textLines(c.title, { class: 'panel-title strong' }),
    ...c.groups.map((g, gi) =>
      el(
        'g',
        {
          class: 'group',
          'data-id': g.id,
          ...(groupStep ? { opacity: stepShown(state, stepOf(gi)) ? 1 : 0 } : {}),
        },
        [
          textLines(g.heading, { class: 'group-heading muted' }),
          ...g.bars.map((b, i) => {
            const visible = stepShown(state, stepOf(gi)) && shown(state, b.date);
            return el(
              'g',
              { class: `report party-${b.party}` },
              [
                el(
                  'text',
                  {
                    class: 'tick',
                    x: px(b.dateLabel.x),
                    y: px(b.dateLabel.y),
                    opacity: visible ? 1 : 0.35,
                  },
                  b.dateLabel.text,
                ),
                el('rect', {
                  class: 'bar',
                  x: px(b.x0),
                  y: px(b.y),
                  width: px(visible ? b.width : 0),
                  height: b.height,
                }),
                el('rect', {
                  class: 'outline-bar',
                  x: px(b.x0 + b.width),
                  y: px(b.y),
                  width: px(visible ? b.rangeWidth : 0),
                  height: b.height,
                  opacity: b.rangeWidth ? 1 : 0,
                }),
                el(
                  'text',
                  {
                    class: 'value strong',
                    x: px(b.valueLabel.x),
                    y: px(b.valueLabel.y),
                    opacity: visible ? 1 : 0,
                  },
                  b.valueLabel.text,
                ),
              ],
              px(i * 0.1),
            );
          }),
          ...(g.bars.length
            ? [
                el('line', {
                  class: 'baseline',
                  x1: px(c.baseX),
                  x2: px(c.baseX),
                  y1: px(g.bars[0]!.y - 4),
                  y2: px(g.bars[g.bars.length - 1]!.y + g.bars[g.bars.length - 1]!.height + 4),
                }),
              ]
            : []),
        ],
      ),
    ),
  ]);
}

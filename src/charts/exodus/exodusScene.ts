import { onOrBefore } from '../core/chartDate.ts';
import { svgRoot } from '../core/chartSpec.ts';
import { stepShown, type ChartState } from '../core/chartState.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { ExodusBar, ExodusLayout } from './exodusLayout.ts';

function barNode(b: ExodusBar, on: boolean, delay: number): SvgNode {
  const cls = b.kind === 'population' ? `outline-bar party-other` : `bar party-${b.party}`;
  return el('g', { class: `row ${b.kind}` }, [
    el('text', { class: 'tick', x: px(b.dateLabel.x), y: px(b.dateLabel.y) }, b.dateLabel.text),
    el(
      'rect',
      { class: cls, x: px(b.x), y: px(b.y), width: px(on ? b.width : 0), height: px(b.height) },
      undefined,
      delay,
    ),
    el(
      'text',
      {
        class:
          b.valueLabel.inside && b.kind === 'displaced' ? 'value strong on-bar' : 'value strong',
        x: px(b.valueLabel.x),
        y: px(b.valueLabel.y),
        'text-anchor': b.valueLabel.inside ? 'end' : 'start',
        opacity: on ? 1 : 0,
      },
      b.valueLabel.text,
    ),
  ]);
}

/** "The exodus" drawn for one state. */
export function exodusScene(layout: ExodusLayout, state: ChartState): SvgNode {
  const children: SvgNode[] = [];
  if (layout.population) {
    children.push(
      textLines(layout.populationHeading, { class: 'group-heading muted' }),
      barNode(layout.population, true, 0),
    );
  }
  children.push(textLines(layout.displacedHeading, { class: 'group-heading muted' }));
  layout.bars.forEach((b, i) => {
    const on = stepShown(state, i + 1) && (!state.until || onOrBefore(b.date, state.until));
    children.push(barNode(b, on, px(i * 0.25)));
  });
  if (layout.reference) {
    const r = layout.reference;
    children.push(
      el('line', { class: 'reference', x1: px(r.x), x2: px(r.x), y1: px(r.y1), y2: px(r.y2) }),
    );
  }
  return svgRoot(layout.options, px(layout.height), children);
}

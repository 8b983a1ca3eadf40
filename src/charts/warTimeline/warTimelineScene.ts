import { onOrBefore, periodEnd, periodStart } from '../core/chartDate.ts';
import { svgRoot } from '../core/chartSpec.ts';
import type { ChartState } from '../core/chartState.ts';
import { shapeNode, type Shape } from '../core/swatch.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { PlacedMark, WarTimelineLayout } from './warTimelineLayout.ts';
import type { TimelineSwatch } from './warTimelineTypes.ts';

const FAINT = 0.18;
const SWATCH_SHAPE: Record<TimelineSwatch, Shape> = {
  claim: 'dot',
  denial: 'ring',
  ceasefire: 'diamond',
  agreement: 'square',
};

/** The day index `state.until` reaches (the last day of its period), or the war's last day. */
export function untilDay(layout: WarTimelineLayout, state: ChartState): number {
  if (!state.until) return layout.days;
  const day = Math.round((periodEnd(state.until) - periodStart(layout.start)) / 86_400_000) - 1;
  return Math.min(layout.days, Math.max(0, day));
}

/** Marks reached by `state` (all when no `until`). */
export function reachedMarks(layout: WarTimelineLayout, state: ChartState): PlacedMark[] {
  return layout.marks.filter((m) => !state.until || onOrBefore(m.date, state.until));
}

function markNode(layout: WarTimelineLayout, m: PlacedMark, reached: boolean): SvgNode {
  const r = layout.options.markerRadius;
  const children: SvgNode[] = [
    el('line', { class: 'stem', x1: px(m.x), x2: px(m.x), y1: px(layout.axisY - 4), y2: px(m.y) }),
  ];
  if (m.kind === 'capture-claim') {
    if (m.deniedBy.length)
      children.push(shapeNode('ring', m.x, m.y, r + 3.5, `party-${m.denialParty ?? 'other'}`));
    children.push(shapeNode('dot', m.x, m.y, r, `party-${m.claimParty ?? 'other'}`));
  } else {
    children.push(shapeNode(m.kind === 'ceasefire' ? 'diamond' : 'square', m.x, m.y, r - 0.5));
  }
  children.push(
    textLines(m.lines, {
      class: m.kind === 'capture-claim' ? 'label strong' : 'label',
      'text-anchor': m.side === 'right' ? 'start' : 'end',
    }),
  );
  // Marks appear left to right as the war plays out.
  const delay = px((m.day / layout.days) * 0.8);
  return el(
    'g',
    { class: `mark kind-${m.kind}`, 'data-id': m.id, opacity: reached ? 1 : FAINT },
    children,
    delay,
  );
}

/** The timeline drawn for one state. */
export function warTimelineScene(layout: WarTimelineLayout, state: ChartState): SvgNode {
  const o = layout.options;
  const { x, axisY } = layout;
  const day = untilDay(layout, state);
  const reached = new Set(reachedMarks(layout, state).map((m) => m.id));
  const dayTicks = Array.from(
    { length: layout.days + 1 },
    (_, d) => `M${px(x(d))} ${px(axisY + 4)}v4`,
  ).join('');
  const legend = el(
    'g',
    { class: 'legend', transform: `translate(${o.margin} ${layout.legendTop})` },
    layout.legend.map((e) =>
      el('g', { class: 'legend-entry' }, [
        e.swatch === 'denial'
          ? el('g', {}, [
              shapeNode('ring', e.x + 9, e.y, o.markerRadius + 3.5, e.className),
              shapeNode('dot', e.x + 9, e.y, o.markerRadius, 'neutral'),
            ])
          : shapeNode(
              SWATCH_SHAPE[e.swatch],
              e.x + 9,
              e.y,
              o.markerRadius - (e.swatch === 'claim' ? 0 : 0.5),
              e.className,
            ),
        textLines(
          e.lines.map((text, i) => ({
            text,
            x: e.x + 24,
            y: e.y + i * 16 + o.smallFontSize * 0.35,
          })),
          { class: 'legend-text' },
        ),
      ]),
    ),
  );
  const axis = el('g', { class: 'axis' }, [
    el('line', { class: 'war-span', x1: px(x(0)), x2: px(x(layout.days)), y1: axisY, y2: axisY }),
    el('rect', {
      class: 'progress',
      x: px(x(0)),
      y: axisY - 3,
      width: px(x(day) - x(0)),
      height: 6,
    }),
    el('path', { class: 'day-ticks', d: dayTicks }),
    ...layout.ticks.map((t) =>
      el(
        'text',
        { class: 'tick', x: px(t.x), y: px(axisY + 12 + o.smallFontSize), 'text-anchor': t.anchor },
        t.label,
      ),
    ),
  ]);
  const marks = el(
    'g',
    { class: 'marks' },
    layout.marks.map((m) => markNode(layout, m, reached.has(m.id))),
  );
  // Under the marks, so label halos keep names legible where the cursor crosses them.
  const cursor = el('line', {
    class: 'cursor',
    x1: px(x(day)),
    x2: px(x(day)),
    y1: px(layout.marksTop),
    y2: px(axisY + 8),
    opacity: state.until && day < layout.days ? 1 : 0,
  });
  return svgRoot(o, px(layout.height), [legend, axis, cursor, marks]);
}

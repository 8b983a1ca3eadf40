import { onOrBefore } from '../core/chartDate.ts';
import { svgRoot } from '../core/chartSpec.ts';
import { stepShown, type ChartState } from '../core/chartState.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { ContingentLayout } from './contingentLayout.ts';
import type { PostKind } from './postsLayout.ts';

const POSTS_STEP = 4;
const SEGMENT_CLASS: Record<PostKind, string> = {
  open: 'bar party-russian',
  temporary: 'outline-bar party-russian',
  closed: 'bar closed party-russian',
  temporaryClosed: 'outline-bar closed party-russian',
};

const shown = (state: ChartState, date: string) => !state.until || onOrBefore(date, state.until);

/** "The contingent" drawn for one state. */
export function contingentScene(layout: ContingentLayout, state: ChartState): SvgNode {
  const o = layout.options;
  const groups = layout.groups.map((g, i) => {
    const on = stepShown(state, i + 1) && shown(state, g.value.date);
    const n = g.squares.length;
    return el('g', { class: 'unit-group party-russian', 'data-id': g.id }, [
      textLines(g.label, { class: 'group-label strong', opacity: on ? 1 : 0 }),
      ...g.squares.map((s, j) =>
        el(
          'rect',
          {
            class: 'bar',
            x: px(s.x),
            y: px(s.y),
            width: px(s.size * s.fraction),
            height: s.size,
            opacity: on ? 1 : 0,
          },
          undefined,
          px((j / Math.max(1, n)) * 0.9),
        ),
      ),
    ]);
  });
  const p = layout.posts;
  const postsOn = stepShown(state, POSTS_STEP);
  const slots = p.slots.map((slot, i) => {
    const on = postsOn && shown(state, slot.date);
    return el('g', { class: 'slot', 'data-date': slot.date }, [
      ...slot.segments.map((s) =>
        el(
          'rect',
          {
            class: SEGMENT_CLASS[s.kind],
            x: px(s.x),
            y: px(on || s.y >= p.zeroY ? s.y : p.zeroY),
            width: px(s.width),
            height: px(on ? s.height : 0),
          },
          undefined,
          px(i * 0.08),
        ),
      ),
      textLines(slot.labels, {
        class: 'value strong',
        'text-anchor': 'middle',
        opacity: on ? 1 : 0,
      }),
      textLines(slot.dateLines, {
        class: 'tick',
        'text-anchor': 'middle',
        opacity: postsOn ? 1 : 0,
      }),
    ]);
  });
  const legend = el(
    'g',
    { class: 'legend', transform: `translate(${o.margin} ${px(p.legendTop)})` },
    p.legend.map((e) =>
      el('g', { class: 'legend-entry' }, [
        el('rect', {
          class: SEGMENT_CLASS[e.swatch],
          x: px(e.x + 2),
          y: px(e.y - 6),
          width: 14,
          height: 12,
        }),
        textLines(
          e.lines.map((text, j) => ({
            text,
            x: e.x + 24,
            y: e.y + j * o.lineHeight + o.smallFontSize * 0.35,
          })),
          { class: 'legend-text' },
        ),
      ]),
    ),
  );
  return svgRoot('contingent', o, px(layout.height), [
    textLines(layout.title, { class: 'panel-title strong' }),
    textLines(layout.note, { class: 'tick' }),
    el('g', { class: 'allowed' }, groups),
    el('g', { class: 'posts', opacity: postsOn ? 1 : 0 }, [
      textLines(p.title, { class: 'panel-title strong' }),
      legend,
      el('line', {
        class: 'baseline',
        x1: px(p.x0),
        x2: px(p.x1),
        y1: px(p.zeroY),
        y2: px(p.zeroY),
      }),
      ...slots,
    ]),
  ]);
}

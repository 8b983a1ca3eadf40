import { onOrBefore } from '../core/chartDate.ts';
import { svgRoot } from '../core/chartSpec.ts';
import { partNode, partView } from '../core/chartParts.ts';
import { partShown, stepShown, type ChartState } from '../core/chartState.ts';
import { shapeNode, type Shape } from '../core/swatch.ts';
import { plotAxes } from '../core/plotAxes.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { ContingentLayout } from './contingentLayout.ts';
import type { PostKind, PostSwatch } from './postsLayout.ts';

const POSTS_STEP = 4;
/** Regular posts round, temporary ones square; closed ones hollow. */
const SHAPE: Record<PostKind, Shape> = {
  open: 'dot',
  temporary: 'square',
  closed: 'dot',
  temporaryClosed: 'square',
};
const MARK_CLASS: Record<PostKind, string> = {
  open: 'party-russian',
  temporary: 'party-russian',
  closed: 'closed party-russian',
  temporaryClosed: 'closed party-russian',
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
  const r = 4.5;
  const marks = p.marks.map((m, i) => {
    const on = postsOn && shown(state, m.date);
    return el(
      'g',
      { class: 'report', 'data-date': m.date, 'data-kind': m.kind, opacity: on ? 1 : 0 },
      [
        ...(m.span
          ? [
              el('line', {
                class: 'precision party-russian',
                x1: px(m.span[0]),
                x2: px(m.span[1]),
                y1: px(m.y),
                y2: px(m.y),
              }),
            ]
          : []),
        shapeNode(SHAPE[m.kind], m.x, m.y, r, MARK_CLASS[m.kind]),
        ...(m.label
          ? [
              el(
                'text',
                {
                  class: 'end-label strong party-russian',
                  x: px(m.label.x),
                  y: px(m.label.y),
                  'text-anchor': m.label.anchor,
                },
                m.label.text,
              ),
            ]
          : []),
      ],
      px(i * 0.06),
    );
  });
  // The legend explains only the marks drawn: a step showing the posts before any closed hides
  // the closures' keys too (their places are kept, so the plot does not move when they come).
  const drawn = p.marks.filter((m) => postsOn && shown(state, m.date));
  const keyed = (swatch: PostSwatch) =>
    drawn.some((m) => (swatch === 'precision' ? m.span : m.kind === swatch));
  const legend = el(
    'g',
    { class: 'legend', transform: `translate(${o.margin} ${px(p.legendTop)})` },
    p.legend.map((e) =>
      el('g', { class: 'legend-entry', opacity: keyed(e.swatch) ? 1 : 0 }, [
        e.swatch === 'precision'
          ? el('line', {
              class: 'precision party-russian',
              x1: px(e.x + 1),
              x2: px(e.x + 17),
              y1: px(e.y),
              y2: px(e.y),
            })
          : shapeNode(SHAPE[e.swatch], e.x + 9, e.y, r, MARK_CLASS[e.swatch]),
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
  const axes = plotAxes(p, o.smallFontSize);
  const view = partView(layout.parts, state, layout.height, o.margin);
  const allowedOn = partShown(state, 1);
  return svgRoot(
    o,
    px(view.height),
    [
      partNode(textLines(layout.title, { class: 'panel-title strong' }), allowedOn),
      partNode(textLines(layout.note, { class: 'tick' }), allowedOn),
      partNode(el('g', { class: 'allowed' }, groups), allowedOn),
      partNode(
        el('g', { class: 'posts', opacity: postsOn ? 1 : 0 }, [
          textLines(p.title, { class: 'panel-title strong' }),
          legend,
          ...axes,
          el('g', { class: 'marks' }, marks),
        ]),
        partShown(state, 2),
      ),
    ],
    px(view.top),
  );
}

import { onOrBefore } from '../core/chartDate.ts';
import { svgRoot } from '../core/chartSpec.ts';
import { partNode, partView } from '../core/chartParts.ts';
import { partShown, stepShown, type ChartState } from '../core/chartState.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import type { IncidentsLayout } from './incidentsLayout.ts';

const CLUSTER_STEP = 2;
const DISTANCES_STEP = 3;

const shown = (state: ChartState, date: string) => !state.until || onOrBefore(date, state.until);

/** "Incidents on the line" drawn for one state. */
export function incidentsScene(layout: IncidentsLayout, state: ChartState): SvgNode {
  const o = layout.options;
  const clusterOn = stepShown(state, CLUSTER_STEP);
  const strip: SvgNode[] = [textLines(layout.stripTitle, { class: 'panel-title strong' })];
  if (layout.cluster) {
    const c = layout.cluster;
    strip.push(
      el('g', { class: 'cluster', opacity: clusterOn ? 1 : 0 }, [
        el('rect', {
          class: 'highlight-band',
          x: px(c.x),
          y: px(c.top),
          width: px(c.width),
          height: px(layout.baseline - c.top + 2),
        }),
        el(
          'text',
          { class: 'strong', x: px(c.label.x), y: px(c.label.y), 'text-anchor': c.label.anchor },
          c.label.text,
        ),
      ]),
    );
  }
  strip.push(
    el('line', {
      class: 'baseline',
      x1: px(layout.x0),
      x2: px(layout.x1),
      y1: px(layout.baseline),
      y2: px(layout.baseline),
    }),
    el(
      'g',
      { class: 'squares' },
      layout.squares.map((s, i) => {
        const on = stepShown(state, 1) && shown(state, s.date);
        return el(
          'rect',
          {
            class: `bar ${s.inCluster && clusterOn ? 'highlighted' : 'party-other'}`,
            'data-id': s.id,
            x: px(s.x),
            y: px(s.y),
            width: px(s.size),
            height: px(s.size),
            opacity: on ? 1 : 0,
          },
          undefined,
          px((i / Math.max(1, layout.squares.length)) * 0.8),
        );
      }),
    ),
    el('g', { class: 'x-axis' }, [
      ...layout.monthTicks.map((t) =>
        el(
          'text',
          { class: 'tick', x: px(t.x), y: px(layout.tickY), 'text-anchor': t.anchor },
          t.label,
        ),
      ),
      ...layout.yearTicks.map((t) =>
        el(
          'text',
          {
            class: 'tick strong',
            x: px(t.x),
            y: px(layout.tickY + o.lineHeight),
            'text-anchor': t.anchor,
          },
          t.label,
        ),
      ),
    ]),
  );

  const d = layout.distances;
  const distancesOn = stepShown(state, DISTANCES_STEP);
  const distances = el('g', { class: 'distances', opacity: distancesOn ? 1 : 0 }, [
    textLines(d.title, { class: 'panel-title strong' }),
    ...d.ticks.map((t) =>
      el('text', { class: 'tick', x: px(t.x), y: px(d.axisY), 'text-anchor': t.anchor }, t.label),
    ),
    el('line', {
      class: 'reference line-2020',
      x1: px(d.x0),
      x2: px(d.x0),
      y1: px(d.axisY + 4),
      y2: px(d.rows.at(-1)?.y ?? d.axisY),
    }),
    ...d.rows.map((r) => {
      const on = distancesOn && shown(state, r.date);
      const cls = r.inCluster && clusterOn ? 'highlighted' : 'party-other';
      return el('g', { class: `row ${cls}`, 'data-id': r.id, opacity: on ? 1 : 0.25 }, [
        textLines(r.label, { class: 'row-label' }),
        ...(r.dot
          ? [
              el('line', {
                class: 'stem',
                x1: px(d.x0),
                x2: px(r.dot.x),
                y1: px(r.dot.y),
                y2: px(r.dot.y),
              }),
              el('circle', { class: 'dot', cx: px(r.dot.x), cy: px(r.dot.y), r: 5 }),
            ]
          : []),
        textLines(r.value, { class: r.dot ? 'value strong' : 'tick' }),
      ]);
    }),
    textLines(d.note, { class: 'tick' }),
  ]);
  const view = partView(layout.parts, state, layout.height, o.margin);
  return svgRoot(
    o,
    px(view.height),
    [
      partNode(el('g', { class: 'strip' }, strip), partShown(state, 1)),
      partNode(distances, partShown(state, 2)),
    ],
    px(view.top),
  );
}

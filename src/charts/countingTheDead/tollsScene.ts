import { curveStepAfter, line } from 'd3-shape';
import { onOrBefore } from '../core/chartDate.ts';
import { stepShown, type ChartState } from '../core/chartState.ts';
import { shapeNode } from '../core/swatch.ts';
import { plotAxes } from '../core/plotAxes.ts';
import { el, px, type SvgNode } from '../core/svgNode.ts';
import { textLines } from '../core/textLines.ts';
import { textWidth } from '../core/textWidth.ts';
import type { CountingTheDeadOptions } from './countingTheDeadTypes.ts';
import { placeEndLabels } from './endLabels.ts';
import { DOT_RADIUS, type TollLine, type TollsLayout } from './tollsLayout.ts';

const stepPath = line<[number, number]>().curve(curveStepAfter);
/** Build-up step at which each role appears. */
const ROLE_STEP = { official: 1, independent: 2 } as const;

const shown = (state: ChartState, date: string) => !state.until || onOrBefore(date, state.until);

/**
 * The step line through the reports shown. Reports not yet shown sit on the last one shown, so the
 * path keeps its shape and a transition unfolds it rather than morphing between unrelated paths.
 */
function pathFor(l: TollLine, visible: boolean[]): string {
  let anchor = l.points[0]!;
  const coords = l.points.map((p, i) => {
    if (visible[i]) anchor = p;
    return [px(anchor.x), px(anchor.y)] as [number, number];
  });
  return stepPath(coords) ?? '';
}

/** The tolls panel drawn for one state. */
export function tollsScene(t: TollsLayout, o: CountingTheDeadOptions, state: ChartState): SvgNode {
  if (!t.lines.length) return el('g', { class: 'tolls' });
  const r = DOT_RADIUS;
  const series = t.lines.map((l) => {
    const on = stepShown(state, ROLE_STEP[l.role]);
    const visible = l.points.map((p) => on && shown(state, p.date));
    const lastIndex = visible.lastIndexOf(true);
    return { l, on, visible, last: lastIndex >= 0 ? l.points[lastIndex] : undefined };
  });
  // End labels beside the latest report shown of each line, moved apart only where they would
  // overlap: a label far from its line's end would have to be matched to it by colour alone.
  const lh = o.smallFontSize + 2;
  const ends = series.map((s) => s.last ?? s.l.points[s.l.points.length - 1]!);
  const placed = placeEndLabels(
    series.map((s, i) => {
      const p = ends[i]!;
      return {
        x0: Math.min(p.x - r, p.span?.[0] ?? p.x),
        x1: Math.max(p.x + r, p.span?.[1] ?? p.x),
        y: p.y,
        width: Math.max(
          textWidth(p.label, o.smallFontSize, 'bold'),
          ...s.l.name.map((n) => textWidth(n, o.smallFontSize)),
        ),
        lines: 1 + s.l.name.length,
      };
    }),
    { minY: t.plot.y0 - 4, maxY: t.plot.y1 + 4, maxX: o.width - o.margin, lineHeight: lh },
  );
  const lineNodes = series.map((s, i) => {
    const labelPoint = ends[i]!;
    const at = placed[i]!;
    const baseline = (k: number) => px(at.top + k * lh + lh / 2 + o.smallFontSize * 0.35);
    return el('g', { class: `series party-${s.l.party}`, 'data-id': s.l.id }, [
      el('path', { class: s.l.style, d: pathFor(s.l, s.visible), opacity: s.last ? 1 : 0 }),
      ...s.l.points.map((p, j) => {
        const parts: SvgNode[] = [];
        if (p.span)
          parts.push(
            el('line', {
              class: 'precision',
              x1: px(p.span[0]),
              x2: px(p.span[1]),
              y1: px(p.y),
              y2: px(p.y),
            }),
          );
        if (p.yUpper !== undefined)
          parts.push(
            el('line', { class: 'range', x1: px(p.x), x2: px(p.x), y1: px(p.y), y2: px(p.yUpper) }),
          );
        parts.push(
          el('circle', { class: p.hedged ? 'dot hollow' : 'dot', cx: px(p.x), cy: px(p.y), r }),
        );
        return el(
          'g',
          { class: 'report', opacity: s.visible[j] ? 1 : 0 },
          parts,
          px((j / Math.max(1, s.l.points.length)) * 0.6),
        );
      }),
      el(
        'text',
        {
          class: 'end-label',
          'text-anchor': at.anchor,
          opacity: s.last ? 1 : 0,
        },
        [
          el('tspan', { class: 'strong', x: px(at.x), y: baseline(0) }, labelPoint.label),
          ...s.l.name.map((n, k) => el('tspan', { x: px(at.x), y: baseline(k + 1) }, n)),
        ],
      ),
    ]);
  });
  return el('g', { class: 'tolls' }, [
    textLines(t.title, { class: 'panel-title strong' }),
    el(
      'g',
      { class: 'legend', transform: `translate(${o.margin} ${px(t.legendTop)})` },
      t.legend.map((e) =>
        el('g', { class: 'legend-entry' }, [
          e.swatch === 'hollow'
            ? shapeNode('dot', e.x + 11, e.y, r, `hollow ${e.className ?? ''}`)
            : e.swatch === 'precision'
              ? el('line', {
                  class: `precision ${e.className ?? ''}`,
                  x1: px(e.x + 2),
                  x2: px(e.x + 20),
                  y1: px(e.y),
                  y2: px(e.y),
                })
              : shapeNode(e.swatch, e.x + 11, e.y, 4.5, e.className),
          textLines(
            e.lines.map((text, j) => ({
              text,
              x: e.x + 28,
              y: e.y + j * o.lineHeight + o.smallFontSize * 0.35,
            })),
            { class: 'legend-text' },
          ),
        ]),
      ),
    ),
    ...plotAxes(t, o.smallFontSize),
    el('g', { class: 'lines' }, lineNodes),
  ]);
}

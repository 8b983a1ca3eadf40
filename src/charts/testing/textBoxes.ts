/**
 * Test helper (never shipped): the boxes the text of a scene occupies, estimated with the same
 * glyph widths as the layouts, so layout tests can check that no labels overlap or leave the chart.
 * Font sizes follow src/components/charts/chart.css: 13 px for `.label`, 12 px for everything else.
 */
import type { SvgNode } from '../core/svgNode.ts';
import { textWidth } from '../core/textWidth.ts';

/** A text box in chart coordinates. */
export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const classes = (n: SvgNode) => String(n.attrs.class ?? '').split(/\s+/);
const num = (v: string | number | undefined) => Number(v ?? 0);

function translate(n: SvgNode): [number, number] {
  const m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(String(n.attrs.transform ?? ''));
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Boxes of every visible text in `node` (elements with opacity 0 are skipped). */
export function textBoxes(node: SvgNode, dx = 0, dy = 0, inherited: string[] = []): TextBox[] {
  if (node.attrs.opacity !== undefined && num(node.attrs.opacity) === 0) return [];
  const [tx, ty] = translate(node);
  const cls = [...inherited, ...classes(node)];
  if (node.tag === 'text') {
    const size = cls.includes('label') ? 13 : 12;
    const weight = cls.includes('strong') ? 'bold' : 'normal';
    const anchor = String(node.attrs['text-anchor'] ?? 'start');
    const lines = node.children?.length
      ? node.children.map((t) => ({ text: t.text ?? '', x: num(t.attrs.x), y: num(t.attrs.y) }))
      : [{ text: node.text ?? '', x: num(node.attrs.x), y: num(node.attrs.y) }];
    return lines
      .filter((l) => l.text)
      .map((l) => {
        const w = textWidth(l.text, size, weight);
        const x0 = l.x + dx + tx - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
        return {
          text: l.text,
          x0,
          x1: x0 + w,
          y0: l.y + dy + ty - 0.78 * size,
          y1: l.y + dy + ty + 0.22 * size,
        };
      });
  }
  return (node.children ?? []).flatMap((c) => textBoxes(c, dx + tx, dy + ty, cls));
}

/** Pairs of boxes that overlap by more than `tolerance` px. */
export function overlaps(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        a.x0 < b.x1 - tolerance &&
        b.x0 < a.x1 - tolerance &&
        a.y0 < b.y1 - tolerance &&
        b.y0 < a.y1 - tolerance
      )
        out.push([a, b]);
    }
  return out;
}

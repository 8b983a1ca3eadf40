import { el, px, type SvgNode } from './svgNode.ts';

/** A line of text at a position. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** A `<text>` for one or more lines: a single line is written plainly, several as `<tspan>`s. */
export function textLines(lines: readonly TextLine[], attrs: SvgNode['attrs'] = {}): SvgNode {
  const [first] = lines;
  if (lines.length === 1 && first)
    return el('text', { ...attrs, x: px(first.x), y: px(first.y) }, first.text);
  return el(
    'text',
    attrs,
    lines.map((l) => el('tspan', { x: px(l.x), y: px(l.y) }, l.text)),
  );
}

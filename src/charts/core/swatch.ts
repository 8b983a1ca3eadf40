import { el, px, type SvgNode } from './svgNode.ts';

/** Marker shapes shared by charts and their legends, so a key always looks like its mark. */
export type Shape =
  | 'dot'
  | 'ring'
  | 'diamond'
  | 'square'
  | 'line'
  | 'dashed-line'
  | 'dotted-line'
  | 'bar'
  | 'outline-bar';

/** A marker of `shape` centred on (x, y) with radius `r`. */
export function shapeNode(shape: Shape, x: number, y: number, r: number, className = ''): SvgNode {
  const cls = (base: string) => (className ? `${base} ${className}` : base);
  switch (shape) {
    case 'dot':
      return el('circle', { class: cls('dot'), cx: px(x), cy: px(y), r: px(r) });
    case 'ring':
      return el('circle', { class: cls('ring'), cx: px(x), cy: px(y), r: px(r) });
    case 'diamond':
      return el('path', {
        class: cls('diamond'),
        d: `M${px(x)} ${px(y - r * 1.2)}L${px(x + r * 1.2)} ${px(y)}L${px(x)} ${px(y + r * 1.2)}L${px(x - r * 1.2)} ${px(y)}Z`,
      });
    case 'square':
      return el('rect', {
        class: cls('square'),
        x: px(x - r),
        y: px(y - r),
        width: px(2 * r),
        height: px(2 * r),
      });
    case 'line':
    case 'dashed-line':
    case 'dotted-line':
      return el('line', {
        class: cls(shape),
        x1: px(x - 2 * r),
        x2: px(x + 2 * r),
        y1: px(y),
        y2: px(y),
      });
    case 'bar':
    case 'outline-bar':
      return el('rect', {
        class: cls(shape),
        x: px(x - 2 * r),
        y: px(y - r),
        width: px(4 * r),
        height: px(2 * r),
      });
  }
}

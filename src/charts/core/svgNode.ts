/**
 * A chart's drawing as plain data: scene code (pure) builds it, `renderSvg` serialises it at build
 * time and `applyScene` patches it into the DOM in the browser, so both end in the same markup.
 */
export interface SvgNode {
  tag: string;
  /** Attribute values; `undefined` means the attribute is absent. */
  attrs: Readonly<Record<string, string | number | undefined>>;
  children?: readonly SvgNode[];
  /** Text content, for `<text>`, `<tspan>` and `<title>` (ignored when there are children). */
  text?: string;
  /**
   * Delay before this node animates, as a share of the animation's length (0–1), so marks can
   * appear in order; browser only, never serialised.
   */
  delay?: number;
}

/** Builds a node: `el('rect', { x: 1 })`, `el('g', {}, [child])`, `el('text', { y: 3 }, 'label')`. */
export function el(
  tag: string,
  attrs: SvgNode['attrs'] = {},
  content?: readonly SvgNode[] | string,
  delay?: number,
): SvgNode {
  const node: SvgNode =
    typeof content === 'string'
      ? { tag, attrs, text: content }
      : { tag, attrs, children: content ?? [] };
  return delay ? { ...node, delay } : node;
}

/**
 * Rounds a coordinate to 0.1 px. Every number in a scene goes through it so the build-time SVG and
 * the browser write identical strings (and golden files stay small and stable).
 */
export function px(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

import type { SvgNode } from './svgNode.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * Serialises a scene to SVG markup for the build-time HTML. Attribute order follows the scene, so
 * the output is deterministic and can be compared with golden files.
 */
export function renderSvg(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const inner = node.children?.length
    ? node.children.map(renderSvg).join('')
    : node.text !== undefined
      ? escape(node.text)
      : '';
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

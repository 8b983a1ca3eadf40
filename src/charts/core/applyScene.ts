/**
 * Ships to the browser. Brings an SVG element in line with a scene: attributes that change are
 * animated with d3-transition, everything else is set at once, and elements are created only where
 * the DOM lacks them. Because the build wrote the same scene, patching the finished state over the
 * static SVG changes nothing, and every state ends in exactly the markup the build would write.
 * @see https://d3js.org/d3-transition
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { SvgNode } from './svgNode.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes worth animating: geometry and opacity. Classes, text and ids switch at once. */
const ANIMATED = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'opacity',
  'd',
  'transform',
]);
/** Transition name, so a chart interrupts only its own transitions. */
export const TRANSITION = 'chart';

/** How to apply a scene. */
export interface ApplyOptions {
  /** Animation length in ms; 0 applies the scene at once (reduced motion, hidden layouts). */
  duration: number;
}

function create(node: SvgNode): Element {
  const elem = document.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs))
    if (v !== undefined) elem.setAttribute(k, String(v));
  if (node.children?.length) for (const child of node.children) elem.appendChild(create(child));
  else if (node.text !== undefined) elem.textContent = node.text;
  return elem;
}

function patch(elem: Element, node: SvgNode, options: ApplyOptions): void {
  const selection = select(elem);
  // A running transition would otherwise carry on to its old target and overwrite this state.
  selection.interrupt(TRANSITION);
  for (const name of elem.getAttributeNames())
    if (node.attrs[name] === undefined) elem.removeAttribute(name);
  const tweens: [string, string][] = [];
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    const target = String(value);
    const current = elem.getAttribute(name);
    if (current === target) continue;
    if (options.duration > 0 && current !== null && ANIMATED.has(name)) tweens.push([name, target]);
    else elem.setAttribute(name, target);
  }
  if (tweens.length) {
    const t = selection
      .transition(TRANSITION)
      .duration(options.duration)
      .delay((node.delay ?? 0) * options.duration);
    // At t = 1 d3 writes each target string itself, so the end state is exact.
    for (const [name, target] of tweens) t.attr(name, target);
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    if (node.text !== undefined && elem.textContent !== node.text) elem.textContent = node.text;
    else if (node.text === undefined) while (elem.firstChild) elem.removeChild(elem.firstChild);
    return;
  }
  // Structure does not depend on state, so children match by position; a mismatch (another
  // build's markup) is replaced rather than patched.
  const existing = Array.from(elem.children);
  children.forEach((child, i) => {
    const current = existing[i];
    if (current && current.tagName === child.tag) patch(current, child, options);
    else if (current) elem.replaceChild(create(child), current);
    else elem.appendChild(create(child));
  });
  for (const extra of existing.slice(children.length)) extra.remove();
}

/** Patches `svg` (the root) to match `scene`. */
export function applyScene(svg: Element, scene: SvgNode, options: ApplyOptions): void {
  patch(svg, scene, options);
}

/** Stops every running chart transition under `root`, leaving elements where they are. */
export function interruptAll(root: Element): void {
  select(root).interrupt(TRANSITION);
  for (const elem of Array.from(root.querySelectorAll('*'))) select(elem).interrupt(TRANSITION);
}

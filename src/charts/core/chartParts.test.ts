import { describe, expect, it } from 'vitest';
import { partNode, partView } from './chartParts.ts';
import { el } from './svgNode.ts';

const parts = [
  { top: 10, bottom: 300 },
  { top: 330, bottom: 700 },
];

describe('partView', () => {
  it('shows the whole chart when no part is named', () => {
    expect(partView(parts, {}, 710, 10)).toEqual({ top: 0, height: 710 });
  });
  it('cuts the drawing to the part named, with the margin around it', () => {
    expect(partView(parts, { part: 1 }, 710, 10)).toEqual({ top: 0, height: 310 });
    expect(partView(parts, { part: 2, step: 4 }, 710, 10)).toEqual({ top: 320, height: 390 });
  });
  it('shows the whole chart for a part it does not have', () => {
    expect(partView(parts, { part: 3 }, 710, 10)).toEqual({ top: 0, height: 710 });
  });
});

describe('partNode', () => {
  it('hides a panel the state does not draw, keeping what it is', () => {
    const node = el('g', { class: 'posts', opacity: 1 }, []);
    expect(partNode(node, true)).toBe(node);
    expect(partNode(node, false).attrs).toEqual({ class: 'posts', opacity: 0 });
  });
});

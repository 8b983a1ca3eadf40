/**
 * Every chart, at every layout width and in every state the story uses: no two text boxes
 * overlap, no text leaves the chart (or the part of it a state draws), and no text is smaller than
 * 12 px (widths estimated with the widest common system font; the browser test measures the real
 * thing).
 */
import { describe, expect, it } from 'vitest';
import { variantWidths } from './core/variantWidths.ts';
import { goldenCases } from './testing/goldenCases.ts';
import { overlaps, textBoxes } from './testing/textBoxes.ts';
import type { ChartState } from './core/chartState.ts';
import { nameModes } from '../lib/placeName.ts';

describe('chart labels', async () => {
  const cases = await goldenCases();
  for (const c of cases) {
    const states: ChartState[] = [
      {},
      c.partial,
      c.spec.startState(c.data),
      { step: 1 },
      { part: 1 },
      { ...c.partial, part: 1 },
      { part: 2 },
    ];
    for (const width of variantWidths)
      for (const names of nameModes)
        it(`${c.id} at ${width} px, names ${names}: no overlapping or clipped text`, () => {
          const layout = c.spec.layout(c.data, { ...c.spec.defaults, width, names });
          for (const state of states) {
            const scene = c.spec.scene(layout, state);
            const boxes = textBoxes(scene);
            // The slice of the layout the SVG shows: all of it, or the part the state draws.
            const [, top, , height] = String(scene.attrs.viewBox).split(' ').map(Number);
            if (state.part === undefined) expect(top).toBe(0);
            expect(boxes.length).toBeGreaterThan(0);
            expect(overlaps(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
            for (const b of boxes) {
              expect(b.x0, `"${b.text}" starts inside`).toBeGreaterThanOrEqual(0);
              expect(b.x1, `"${b.text}" ends inside`).toBeLessThanOrEqual(width);
              expect(b.y0, `"${b.text}" is below the top`).toBeGreaterThanOrEqual(top!);
              expect(b.y1, `"${b.text}" is above the bottom`).toBeLessThanOrEqual(top! + height!);
              expect(height).toBe(Number(scene.attrs.height));
            }
          }
        });
  }
});

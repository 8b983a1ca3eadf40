import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels.ts';

const frame = { width: 400, height: 300 };

describe('placeLabels', () => {
  it('places a lone label to the right of its point', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Parukh', x: 100, y: 100, priority: 1 }], frame);
    expect(label?.anchor).toBe('start');
    expect(label?.labelX).toBeGreaterThan(100);
  });

  it('keeps labels off the boxes to avoid (a legend over the map)', () => {
    const legend = { x0: 0, y0: 200, x1: 200, y1: 300 };
    const [label] = placeLabels([{ id: 'a', text: 'Zangilan', x: 210, y: 195, priority: 1 }], {
      ...frame,
      avoid: [legend],
    });
    expect(label).toBeDefined();
    const b = label!.box;
    expect(b.x0 >= legend.x1 || b.y1 <= legend.y0).toBe(true);
  });

  it('moves a label to the left when it would leave the frame on the right', () => {
    const [label] = placeLabels(
      [{ id: 'a', text: 'Stepanakert', x: 390, y: 100, priority: 1 }],
      frame,
    );
    expect(label?.anchor).toBe('end');
    expect(label!.box.x0).toBeGreaterThanOrEqual(0);
  });

  it('never lets two placed labels overlap, and the higher priority keeps its spot', () => {
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      text: `Place number ${i}`,
      x: 150 + (i % 5) * 8,
      y: 120 + Math.floor(i / 5) * 6,
      priority: i,
    }));
    const placed = placeLabels(inputs, frame);
    expect(placed[0]?.id).toBe('p0');
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            a.box.x0 < b.box.x1 &&
              b.box.x0 < a.box.x1 &&
              a.box.y0 < b.box.y1 &&
              b.box.y0 < a.box.y1,
          ).toBe(false);
    expect(placed.length).toBeLessThan(inputs.length);
  });

  it('returns nothing for no input', () => {
    expect(placeLabels([], frame)).toEqual([]);
  });
});

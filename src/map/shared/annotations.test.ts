import { describe, expect, it } from 'vitest';
import { annotationLines } from '../browser/AnnotationLayer.ts';
import {
  annotationKey,
  arrowLines,
  placeAnnotationWords,
  resolveAnnotations,
  shortDate,
  type ResolvedAnnotation,
} from './annotations.ts';

const coords = new Map<string, [number, number]>([
  ['parukh', [46.80111, 40.01639]],
  ['khramort', [46.81722, 40.00528]],
]);

describe('resolveAnnotations', () => {
  it('puts place ids at their coordinates and keeps [lon, lat] as given', () => {
    const [arrow] = resolveAnnotations(
      [{ type: 'arrow', from: [46.8, 40.05], to: 'parukh', side: 'armenian' }],
      coords,
    );
    expect(arrow).toEqual({
      type: 'arrow',
      from: [46.8, 40.05],
      to: [46.80111, 40.01639],
      side: 'armenian',
    });
  });

  it('leaves out an annotation whose place has no coordinates', () => {
    expect(
      resolveAnnotations([{ type: 'label', at: 'karaglukh', text: 'height' }], coords),
    ).toEqual([]);
  });
});

describe('arrowLines', () => {
  it('draws the shaft and a head of two strokes meeting at the tip', () => {
    const [shaft, head] = arrowLines([46.8, 40.05], [46.8, 40.02]);
    expect(shaft).toEqual([
      [46.8, 40.05],
      [46.8, 40.02],
    ]);
    expect(head![1]).toEqual([46.8, 40.02]);
    // Both wings sit back from the tip (north of it, for an arrow pointing south), one each side.
    expect(head![0]![1]).toBeGreaterThan(40.02);
    expect(head![2]![1]).toBeGreaterThan(40.02);
    expect(Math.sign(head![0]![0] - 46.8)).toBe(-Math.sign(head![2]![0] - 46.8));
  });
});

describe('annotationLines', () => {
  it('gives the live map one line per route and three per arrow, each with its legend key', () => {
    const list: ResolvedAnnotation[] = [
      {
        type: 'route',
        path: [
          [46.5, 39.5],
          [46.6, 39.6],
        ],
        style: 'old-road',
      },
      { type: 'arrow', from: [46.8, 40.05], to: [46.8, 40.02], side: 'azerbaijani' },
      { type: 'marker', at: [46.8, 40.02], date: '2022-03-24', text: 'x', side: 'neutral' },
    ];
    const keys = annotationLines(list).features.map((f) => f.properties?.key);
    expect(keys).toEqual(['old-road', 'arrow-azerbaijani', 'arrow-azerbaijani']);
    expect(list.map(annotationKey)).toEqual(['old-road', 'arrow-azerbaijani', 'marker-neutral']);
  });
});

describe('shortDate', () => {
  it('writes a day, month or year as readers expect', () => {
    expect(shortDate('2022-03-24')).toBe('24 Mar 2022');
    expect(shortDate('2022-08')).toBe('Aug 2022');
    expect(shortDate('2020')).toBe('2020');
  });
});

describe('placeAnnotationWords', () => {
  const frame = { width: 720, height: 540 };
  const inside = (b: { x0: number; y0: number; x1: number; y1: number }) =>
    b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height;
  const clear = (
    a: { x0: number; y0: number; x1: number; y1: number },
    b: { x0: number; y0: number; x1: number; y1: number },
  ) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

  it('keeps long words inside the map when neither side of their point has room for them', () => {
    // The phone size (17 map units): 42 characters are ~430 units, more than either side of a
    // point at 300 of 720 offers.
    const [w] = placeAnnotationWords(
      [{ x: 300, y: 300, text: '24 Mar 2022: women and children evacuated' }],
      [],
      frame,
      17,
    );
    expect(inside(w!.box)).toBe(true);
  });

  it('slides words that fit nowhere beside their point inside, growing away from the edge', () => {
    const [w] = placeAnnotationWords(
      [{ x: 40, y: 300, text: 'Karaglukh height nearby (position not found), and more words' }],
      [],
      frame,
      17,
    );
    expect(inside(w!.box)).toBe(true);
    expect(w!.anchor).toBe('start');
  });

  it('keeps words clear of a place label beside the point, going further out if need be', () => {
    // Parukh's label to the right of its point, and other words above and below on both sides.
    const label = { x0: 306, y0: 190, x1: 380, y1: 210 };
    const taken = [
      label,
      { x0: 150, y0: 150, x1: 300, y1: 196 },
      { x0: 150, y0: 204, x1: 300, y1: 250 },
    ];
    const [w] = placeAnnotationWords(
      [{ x: 300, y: 200, text: '24 Mar 2022: village entered' }],
      taken,
      frame,
      17,
    );
    expect(inside(w!.box)).toBe(true);
    for (const t of taken) expect(clear(w!.box, t)).toBe(true);
  });

  it('never lets two words overlap when there is room', () => {
    const placed = placeAnnotationWords(
      [
        { x: 400, y: 300, text: '17 Oct 2020: claimed' },
        { x: 405, y: 305, text: '8 Nov 2020: claimed' },
        { x: 402, y: 310, text: '9 Oct 2020: claimed (denied)' },
      ],
      [],
      frame,
    );
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(clear(placed[i]!.box, placed[j]!.box)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { annotationLines } from '../browser/AnnotationLayer.ts';
import {
  annotationKey,
  annotationWords,
  arrowLines,
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

describe('annotationWords', () => {
  it('gives a marker its date and text, or its date alone, first in line for room', () => {
    const [w] = annotationWords({
      type: 'marker',
      at: [46.8, 39.95],
      date: '2022-03-24',
      text: 'village entered',
      side: 'armenian',
    });
    expect(w).toEqual({
      at: [46.8, 39.95],
      texts: ['24 Mar 2022: village entered', '24 Mar 2022'],
      key: 'marker-armenian',
      rank: 0,
    });
  });
  it('puts an arrow’s words at its tail and a route’s at its middle point; none without text', () => {
    const arrow = {
      type: 'arrow',
      from: [1, 1],
      to: [2, 2],
      side: 'russian',
      text: 'moved',
    } as const;
    expect(annotationWords({ ...arrow, from: [1, 1], to: [2, 2] })[0]!.at).toEqual([1, 1]);
    const path: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
    ];
    expect(annotationWords({ type: 'route', path, style: 'road', text: 'road' })[0]!.at).toEqual([
      1, 1,
    ]);
    expect(annotationWords({ type: 'route', path, style: 'road' })).toEqual([]);
  });
});

import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layers } from '../shared/layers.ts';
import { planShapes, type ShapeFrame, type ShapeUse } from './sharedShapes.ts';
import { projectionFor, staticMapDefaults } from './staticMap.ts';

/** One line as a layer's whole geometry. */
const line = (...coordinates: [number, number][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }],
});

/** A square "country" and a river across it, in the region the story shows. */
const geometry: Record<'countries' | 'water' | 'loc-1994', FeatureCollection> = {
  countries: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { iso: 'AZ' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [46, 39],
              [48, 39],
              [48, 41],
              [46, 41],
              [46, 39],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { iso: 'IR' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [44, 36],
              [45, 36],
              [45, 37],
              [44, 37],
              [44, 36],
            ],
          ],
        },
      },
    ],
  },
  'loc-1994': line([46.8, 39.75], [47.0, 39.95]),
  water: line([46.8, 39.8], [46.9, 39.9], [47.6, 40.1]),
};

const frame = (bounds: [[number, number], [number, number]]): ShapeFrame => ({
  camera: { bounds, bearing: 0, pitch: 0 },
  width: staticMapDefaults.width,
  height: staticMapDefaults.height,
  padding: staticMapDefaults.padding,
  layers: ['countries', 'water', 'loc-1994'],
});
// Two maps at one level (scales within a factor of two), one at a finer level.
const wide = frame([
  [46, 39],
  [48, 41],
]);
const wideEast = frame([
  [46.3, 39.1],
  [48.1, 40.9],
]);
const close = frame([
  [46.7, 39.7],
  [47.1, 40.0],
]);
const frames = [wide, wideEast, close];

/** The matrix of a use as [k, dx, dy]. */
function matrix(use: ShapeUse): [number, number, number] {
  const m = /^matrix\(([-\d.]+) 0 0 \1 ([-\d.]+) ([-\d.]+)\)$/.exec(use.transform);
  expect(m, use.transform).not.toBeNull();
  return [Number(m![1]), Number(m![2]), Number(m![3])];
}

/** The first point of a def's path, in its own coordinates. */
function firstPoint(d: string): [number, number] {
  const m = /^M(-?\d+)[ ,]?(-?\d+)/.exec(d.replace(/(\d)-/g, '$1 -'));
  return [Number(m![1]), Number(m![2])];
}

describe('planShapes', () => {
  const plan = planShapes(frames, geometry, projectionFor, 't-');

  it('shows each shape where the map’s own projection puts it, within a pixel', () => {
    for (const f of frames) {
      const projection = projectionFor(f.camera, f.width, f.height, f.padding);
      const [use] = plan.usesFor(f, 'water');
      const [k, dx, dy] = matrix(use!);
      const def = plan.defs.find((d) => `#${d.id}` === use!.href)!;
      // The river starts inside every frame, so its path's first point is its source.
      const [x, y] = firstPoint(def.d);
      const [ex, ey] = projection([46.8, 39.8])!;
      expect(Math.abs(k * x + dx - ex)).toBeLessThan(1);
      expect(Math.abs(k * y + dy - ey)).toBeLessThan(1);
    }
  });

  it('draws a stroke at the registry’s width however the shape is scaled', () => {
    for (const f of frames)
      for (const id of ['countries', 'water'] as const)
        for (const use of plan.usesFor(f, id)) {
          const [k] = matrix(use);
          expect(k).toBeGreaterThan(0.5);
          expect(k).toBeLessThanOrEqual(1);
          expect(Number(use.strokeWidth) * k).toBeCloseTo(layers[id].strokeWidth ?? 1, 2);
        }
  });

  it('draws dashes at the registry’s lengths however the shape is scaled', () => {
    for (const f of frames) {
      const [use] = plan.usesFor(f, 'loc-1994');
      const [k] = matrix(use!);
      const dash = use!.dash!.split(' ').map((n) => Number(n) * k);
      layers['loc-1994'].dash!.forEach((n, i) => expect(dash[i]).toBeCloseTo(n, 1));
    }
    expect(plan.usesFor(wide, 'water')[0]).not.toHaveProperty('dash');
  });

  it('draws each shape once per level, shared by the maps at that level', () => {
    const [a] = plan.usesFor(wide, 'countries');
    const [b] = plan.usesFor(wideEast, 'countries');
    const [c] = plan.usesFor(close, 'countries');
    expect(a!.href).toBe(b!.href);
    expect(c!.href).not.toBe(a!.href);
    // Azerbaijan, the river and the line at two levels; Iran is outside every frame.
    expect(plan.defs).toHaveLength(6);
    expect(new Set(plan.defs.map((d) => d.id)).size).toBe(plan.defs.length);
  });

  it('gives layers with the same initial different ids', () => {
    const both = planShapes(
      [{ ...close, layers: ['loc-1994', 'loc-2020'] }],
      { 'loc-1994': geometry['loc-1994'], 'loc-2020': geometry['loc-1994'] },
      projectionFor,
      't-',
    );
    expect(both.defs).toHaveLength(2);
    expect(new Set(both.defs.map((d) => d.id)).size).toBe(2);
  });

  it('keeps the variant class and leaves out shapes outside the frame', () => {
    expect(plan.usesFor(wide, 'countries').map((u) => u.variant)).toEqual(['AZ']);
  });

  it('gives the same defs and ids whatever order the maps are listed in', () => {
    const again = planShapes([close, wideEast, wide], geometry, projectionFor, 't-');
    expect(again.defs).toEqual(plan.defs);
    expect(again.usesFor(wide, 'water')).toEqual(plan.usesFor(wide, 'water'));
  });

  it('refuses a map it was not planned for', () => {
    const elsewhere = frame([
      [40, 50],
      [42, 52],
    ]);
    expect(() => plan.usesFor(elsewhere, 'countries')).toThrow(/list the map/);
  });
});

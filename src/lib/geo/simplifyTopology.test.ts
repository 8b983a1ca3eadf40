import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Polygon } from 'geojson';
import { simplifyTopology } from './simplifyTopology.ts';

/**
 * Two squares side by side sharing a wiggly border (arc 0); arcs 1 and 2 close each square.
 * Quantised with scale 0.01° so the decoding is tested too.
 */
const wigglyBorder = [
  [100, 0],
  ...Array.from({ length: 8 }, (_, i) => [i % 2 === 0 ? 1 : -1, 10]),
  [0, 20],
];
const topology: Topology = {
  type: 'Topology',
  transform: { scale: [0.01, 0.01], translate: [46, 39] },
  arcs: [
    wigglyBorder, // from (47, 39) up to (47, 40), zig-zagging 0.01° either side
    [
      [100, 100],
      [-100, 0],
      [0, -100],
      [100, 0],
    ], // west square: top, left, bottom back to the border start
    [
      [100, 0],
      [100, 0],
      [0, 100],
      [-100, 0],
    ], // east square: bottom, right, top back to the border end
  ],
  objects: {
    squares: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'west' } },
        { type: 'Polygon', arcs: [[2, ~0]], properties: { name: 'east' } },
      ],
    },
  },
};

const squares = (t: Topology) => feature(t, t.objects.squares!) as FeatureCollection<Polygon>;

describe('simplifyTopology', () => {
  it('decodes quantised arcs into absolute lon/lat and drops the transform', () => {
    const out = simplifyTopology(topology, 0);
    expect(out.transform).toBeUndefined();
    expect(out.arcs[0]![0]).toEqual([47, 39]);
    expect(out.arcs[0]!.at(-1)![1]).toBeCloseTo(40, 9);
  });

  it('converts to the same features as the original when the tolerance is 0', () => {
    const before = squares(topology).features.map((f) => f.geometry.coordinates[0]!.length);
    const after = squares(simplifyTopology(topology, 0)).features.map(
      (f) => f.geometry.coordinates[0]!.length,
    );
    expect(after).toEqual(before);
  });

  it('straightens the shared border and both neighbours get the identical border', () => {
    const out = simplifyTopology(topology, 0.05);
    expect(out.arcs[0]).toHaveLength(2);
    const [west, east] = squares(out).features;
    const onBorder = (ring: number[][]) =>
      ring.filter((p) => Math.abs(p[0]! - 47) < 0.05).map((p) => p.join());
    expect(new Set(onBorder(west!.geometry.coordinates[0]!))).toEqual(
      new Set(onBorder(east!.geometry.coordinates[0]!)),
    );
  });

  it('keeps a closed arc (an island) at 4 positions or more', () => {
    const island: Topology = {
      type: 'Topology',
      arcs: [
        [
          [46, 40],
          [46.001, 40],
          [46.001, 40.001],
          [46, 40.001],
          [46, 40],
        ],
      ],
      objects: { island: { type: 'Polygon', arcs: [[0]] } },
    };
    expect(simplifyTopology(island, 1).arcs[0]!.length).toBeGreaterThanOrEqual(4);
  });

  it('decodes quantised point objects too', () => {
    const t: Topology = {
      type: 'Topology',
      transform: { scale: [0.5, 0.5], translate: [40, 30] },
      arcs: [],
      objects: { p: { type: 'Point', coordinates: [2, 4] } },
    };
    expect(simplifyTopology(t, 0).objects.p).toMatchObject({ coordinates: [41, 32] });
  });

  it('does not change its input', () => {
    const copy = structuredClone(topology);
    simplifyTopology(topology, 0.05);
    expect(topology).toEqual(copy);
  });

  it('rejects a negative tolerance, naming the value', () => {
    expect(() => simplifyTopology(topology, -0.1)).toThrow(/received -0.1/);
  });
});

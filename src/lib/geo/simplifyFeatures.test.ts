import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import { simplifyFeatures } from './simplifyFeatures.ts';
import { signedRingArea } from './signedRingArea.ts';

const collection = <G extends Geometry>(...geometries: G[]): FeatureCollection<G> => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry, i): Feature<G> => ({
    type: 'Feature',
    properties: { id: `f${i}` },
    geometry,
  })),
});

/** A wiggly line: a straight run with ±0.0001° noise that a 0.001° tolerance should iron out. */
const wiggly: LineString = {
  type: 'LineString',
  coordinates: Array.from({ length: 50 }, (_, i) => [
    46 + i * 0.01,
    40 + (i % 2 === 0 ? 0.0001 : -0.0001),
  ]),
};

/** A circle-ish ring with n corners, counter-clockwise. */
const ringOf = (n: number, radius: number, cx = 46.5, cy = 39.8): Position[] => {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
  });
  return [...ring, ring[0]!];
};

describe('simplifyFeatures', () => {
  it('removes the noise from a wiggly line but keeps its ends', () => {
    const out = simplifyFeatures(collection(wiggly), 0.001).features[0]!.geometry;
    expect(out.coordinates.length).toBeLessThan(5);
    expect(out.coordinates[0]).toEqual(wiggly.coordinates[0]);
    expect(out.coordinates.at(-1)).toEqual(wiggly.coordinates.at(-1));
  });

  it('leaves everything unchanged with a tolerance of 0', () => {
    const input = collection(wiggly);
    expect(simplifyFeatures(input, 0)).toEqual(input);
  });

  it('keeps properties and feature order', () => {
    const out = simplifyFeatures(collection(wiggly, wiggly), 0.001);
    expect(out.features.map((f) => f.properties)).toEqual([{ id: 'f0' }, { id: 'f1' }]);
  });

  it('never collapses a small ring below 4 positions, even with a huge tolerance', () => {
    const tiny: Polygon = { type: 'Polygon', coordinates: [ringOf(12, 0.001)] };
    const ring = simplifyFeatures(collection(tiny), 10).features[0]!.geometry.coordinates[0]!;
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(signedRingArea(ring)).toBeGreaterThan(0);
  });

  it('keeps holes and their clockwise winding', () => {
    const hole = [...ringOf(40, 0.1)].reverse();
    const donut: Polygon = { type: 'Polygon', coordinates: [ringOf(40, 0.5), hole] };
    const out = simplifyFeatures(collection(donut), 0.01).features[0]!.geometry;
    expect(out.coordinates).toHaveLength(2);
    expect(signedRingArea(out.coordinates[0]!)).toBeGreaterThan(0);
    expect(signedRingArea(out.coordinates[1]!)).toBeLessThan(0);
  });

  it('does not let a simplified hole cross its outer ring', () => {
    // the hole hugs the outer ring; at 0.05° both would be cut to crossing triangles-ish shapes
    const donut: Polygon = {
      type: 'Polygon',
      coordinates: [ringOf(60, 0.5), [...ringOf(60, 0.49)].reverse()],
    };
    const out = simplifyFeatures(collection(donut), 0.05).features[0]!.geometry;
    expect(kinks(out).features).toHaveLength(0);
  });

  it('does not change its input', () => {
    const input = collection(wiggly);
    const copy = structuredClone(input);
    simplifyFeatures(input, 0.001);
    expect(input).toEqual(copy);
  });

  it('rejects a negative tolerance, naming the value', () => {
    expect(() => simplifyFeatures(collection(wiggly), -1)).toThrow(/received -1/);
  });

  it('always returns closed rings of ≥ 4 positions for random star-shaped polygons', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 3, maxLength: 40 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (radii, tolerance) => {
          const ring = radii.map((r, i) => {
            const a = (2 * Math.PI * i) / radii.length;
            return [46 + r * Math.cos(a), 40 + r * Math.sin(a)];
          });
          const polygon: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
          const out = simplifyFeatures(collection(polygon), tolerance).features[0]!.geometry
            .coordinates[0]!;
          expect(out.length).toBeGreaterThanOrEqual(4);
          expect(out[0]).toEqual(out.at(-1));
          expect(signedRingArea(out)).toBeGreaterThan(0);
          expect(kinks({ type: 'Polygon', coordinates: [out] }).features).toHaveLength(0);
        },
      ),
      { seed: 20201110, numRuns: 200 },
    );
  });
});

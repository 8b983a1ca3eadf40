import { describe, expect, it } from 'vitest';
import { validateGeometry } from './validateGeometry.ts';

const region = { west: 38, east: 52, south: 35, north: 45 };

describe('validateGeometry', () => {
  it('prefixes every path with the one it is given', () => {
    const problems = validateGeometry(
      { type: 'LineString', coordinates: [[46, 40]] },
      'layers[2].shape',
      region,
    );
    expect(problems).toEqual([
      {
        path: 'layers[2].shape.coordinates',
        message: 'the line has 1 position (expected at least 2)',
      },
    ]);
  });

  it('accepts a sound GeometryCollection and checks each member with its own path', () => {
    const good = {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [46, 40] }],
    };
    expect(validateGeometry(good, 'g', region)).toEqual([]);
    const bad = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [46, 40] },
        { type: 'Point', coordinates: [46] },
      ],
    };
    expect(validateGeometry(bad, 'g', region).map((p) => p.path)).toEqual([
      'g.geometries[1].coordinates',
    ]);
  });

  it('reports an empty GeometryCollection and an empty MultiPoint', () => {
    expect(
      validateGeometry({ type: 'GeometryCollection', geometries: [] }, 'g', region)[0]!.message,
    ).toBe('the geometry is empty: no geometries (expected at least one geometry)');
    expect(validateGeometry({ type: 'MultiPoint', coordinates: [] }, 'g', region)[0]!.message).toBe(
      'the geometry is empty: no positions (expected at least one position)',
    );
  });

  it('reports a geometry given as something other than an object', () => {
    expect(validateGeometry('Polygon', 'g', region)[0]!.message).toBe(
      'is the text "Polygon", not a geometry object (expected an object such as {"type": "Polygon", "coordinates": […]})',
    );
  });
});

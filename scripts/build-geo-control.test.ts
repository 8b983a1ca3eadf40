import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_AREAS,
  checkControlPoints,
  expectedInside,
  type ControlArea,
} from '../src/lib/geo/controlCheck.ts';
import { correctArea } from '../src/lib/geo/correctArea.ts';
import { controlFileSchema, type ControlPoint } from '../src/schemas/control.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const control = controlFileSchema.parse(readJson('data/control.json'));
const places = readJson('data/places.json') as {
  id: string;
  lon: number | null;
  lat: number | null;
}[];
const coordinates = new Map(
  places
    .filter((p) => p.lon !== null && p.lat !== null)
    .map((p) => [p.id, [p.lon, p.lat] as [number, number]]),
);
const layers = new Map(
  CONTROL_AREAS.map((a) => [a.file, readJson(`data/geometry/${a.file}`) as FeatureCollection]),
);

describe('the shipped areas against the sourced control points (data/control.json)', () => {
  it('puts every control point on its side of every dated area it overlaps', () => {
    const violations = checkControlPoints(control, coordinates, layers);
    expect(violations.map((v) => v.message)).toEqual([]);
  });

  it('decides at least 30 points, among them the towns whose control the 2020 line got wrong', () => {
    const decided = control.filter((p) => CONTROL_AREAS.some((a) => expectedInside(p, a) !== null));
    expect(decided.length).toBeGreaterThanOrEqual(30);
    const held2020 = CONTROL_AREAS.find((a) => a.id === 'held-2020-2023')!;
    for (const id of ['shusha-az-2020', 'talish-az-2020', 'madaghis-az-2020'])
      expect(
        expectedInside(
          control.find((p) => p.id === id)!,
          held2020,
        ),
        id,
      ).toBe(false);
  });
});

// A 10 × 10 km square area and points around it, to show the check and the correction at work.
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'held-test' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46.0, 40.0],
            [46.12, 40.0],
            [46.12, 40.09],
            [46.0, 40.09],
            [46.0, 40.0],
          ],
        ],
      },
    },
  ],
};
const testArea: ControlArea = {
  id: 'held-test',
  file: 'held-test.geojson',
  from: '2021-01-01',
  to: '2022-12-31',
  holds: 'armenian',
  excludes: ['azerbaijani'],
  why: 'a test',
};
const point = (over: Partial<ControlPoint>): ControlPoint => ({
  id: 'town-az',
  place: 'town',
  side: 'azerbaijani',
  from: '2020-11-10',
  to: null,
  sources: ['S58'],
  note: 'a test point',
  ...over,
});

describe('checkControlPoints', () => {
  const coords = new Map<string, [number, number]>([
    ['town', [46.1, 40.08]],
    ['village', [46.2, 40.05]],
  ]);
  const check = (points: ControlPoint[]) =>
    checkControlPoints(points, coords, new Map([['held-test.geojson', square]]), [testArea]);

  it('names the point, the area and the sources when a point lies on the wrong side', () => {
    const [v] = check([point({})]);
    expect(v?.point).toBe('town-az');
    expect(v?.area).toBe('held-test');
    expect(v?.message).toMatch(/"town-az".*S58.*inside "held-test".*expected outside/);
  });

  it('flags a point of the area’s own side that lies outside it', () => {
    const [v] = check([point({ id: 'village-am', place: 'village', side: 'armenian' })]);
    expect(v?.message).toMatch(/outside "held-test".*expected inside/);
  });

  it('leaves alone points whose dates miss the area and contested points', () => {
    expect(check([point({ from: '2023-01-01' }), point({ side: 'contested' })])).toEqual([]);
  });
});

describe('correctArea', () => {
  const polygon = square.features[0]!.geometry as never;
  it('cuts a point out of the area and keeps the points that must stay inside', () => {
    const result = correctArea(polygon, [
      { id: 'town-az', place: 'town', at: [46.1, 40.08], inside: false, radiusKm: 2 },
      { id: 'keep-am', place: 'keep', at: [46.06, 40.045], inside: true, radiusKm: 1.5 },
    ]);
    const layer: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'held-test' }, geometry: result.geometry }],
    };
    const coords = new Map<string, [number, number]>([
      ['town', [46.1, 40.08]],
      ['keep', [46.06, 40.045]],
    ]);
    const points = [point({}), point({ id: 'keep-am', place: 'keep', side: 'armenian' })];
    expect(
      checkControlPoints(points, coords, new Map([['held-test.geojson', layer]]), [testArea]),
    ).toEqual([]);
    expect(result.corrections).toEqual([
      expect.objectContaining({ point: 'town-az', action: 'removed' }),
    ]);
  });

  it('adds a point that must be inside', () => {
    const result = correctArea(polygon, [
      { id: 'village-am', place: 'village', at: [46.2, 40.05], inside: true, radiusKm: 1.5 },
    ]);
    expect(result.corrections[0]?.action).toBe('added');
    expect(result.geometry.type).toBe('Polygon');
  });
});

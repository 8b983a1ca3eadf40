import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceToLineKm } from '../src/lib/geo/distanceToLineKm.ts';
import { ROADS_BOX } from './build-geo-roads.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const roads = JSON.parse(
  readFileSync(path.join(repoRoot, 'data/geometry/roads.geojson'), 'utf8'),
) as FeatureCollection<LineString | MultiLineString>;
const places = JSON.parse(readFileSync(path.join(repoRoot, 'data/places.json'), 'utf8')) as {
  id: string;
  lon: number | null;
  lat: number | null;
}[];

/** Distance in km from a gazetteer place to the nearest road line (each part on its own). */
const kmToRoad = (id: string): number => {
  const p = places.find((q) => q.id === id);
  if (!p || p.lon === null || p.lat === null) throw new Error(`no coordinates for ${id}`);
  const parts = roads.features.flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return Math.min(
    ...parts.map((c) => distanceToLineKm([p.lon!, p.lat!], { type: 'LineString', coordinates: c })),
  );
};

describe('roads.geojson (Natural Earth 10m roads around Karabakh)', () => {
  // 2.5 km: the tile's grid is ≈ 60 m, Natural Earth draws roads at 1:10m, and the gazetteer
  // gives a town's centre, which a through road may pass at the edge of town.
  it.each(['goris', 'aghavno', 'lachin', 'shusha', 'stepanakert'])(
    'the Goris–Lachin–Stepanakert road (the Lachin corridor road) passes within 2.5 km of %s',
    (id) => expect(kmToRoad(id)).toBeLessThan(2.5),
  );

  it.each(['stepanakert', 'askeran', 'aghdam', 'barda'])(
    'the Stepanakert–Aghdam–Barda road passes within 2.5 km of %s',
    (id) => expect(kmToRoad(id)).toBeLessThan(2.5),
  );

  it('keeps every position inside the clip box and credits Natural Earth on every feature', () => {
    const [w, s, e, n] = ROADS_BOX;
    for (const f of roads.features) {
      expect(f.properties?.license).toBe('Public domain (Natural Earth)');
      expect(f.properties?.approximate).toBe(false);
      const parts =
        f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [lon, lat] of parts.flat())
        expect(lon! >= w && lon! <= e && lat! >= s && lat! <= n, `${lon},${lat}`).toBe(true);
    }
  });
});

import { bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { compactPath } from '../../map/build/compactPath.ts';
import { LOCATOR, locatorProject } from '../../map/shared/locatorInset.ts';

/** One country of the locator inset: its ISO code and SVG path in inset px. */
export interface LocatorPath {
  iso: string;
  d: string;
}

const cache = new WeakMap<FeatureCollection, LocatorPath[]>();

/**
 * The countries of the basemap clipped to the inset's region and simplified to ~8 km, as SVG
 * paths (whole px): a few hundred bytes each. Build time only (turf).
 */
export function locatorPaths(countries: FeatureCollection): LocatorPath[] {
  const hit = cache.get(countries);
  if (hit) return hit;
  const box: [number, number, number, number] = [
    LOCATOR.west,
    LOCATOR.south,
    LOCATOR.east,
    LOCATOR.north,
  ];
  const ring = (r: Position[]) => {
    const pts = r.map((p) => locatorProject([p[0]!, p[1]!]).map((n) => Math.round(n)));
    const out: number[][] = [];
    for (const p of pts) {
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    // Pieces under a few px (islands, slivers of the clip) are dropped.
    const xs = out.map((p) => p[0]!);
    const ys = out.map((p) => p[1]!);
    const big = Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys) >= 4;
    return out.length >= 3 && big ? compactPath(`M${out.map((p) => p.join(',')).join('L')}Z`) : '';
  };
  const out: LocatorPath[] = [];
  for (const f of countries.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, box);
    const small = simplify(clipped, { tolerance: 0.08, highQuality: false }).geometry as
      Polygon | MultiPolygon;
    const polys = small.type === 'Polygon' ? [small.coordinates] : small.coordinates;
    const d = polys
      .flatMap((p) => p.map(ring))
      .filter(Boolean)
      .join('');
    if (d) out.push({ iso: String(f.properties?.iso ?? ''), d });
  }
  cache.set(countries, out);
  return out;
}

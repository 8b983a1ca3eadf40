import { polygonize, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { areaKm2 } from './areaKm2.ts';
import { nodeLines } from './nodeLines.ts';
import { snapLineEnds, type Snap } from './snapLineEnds.ts';

/** A closed face of the line network, with its area for ranking. */
export interface Face {
  polygon: Polygon;
  areaKm2: number;
}

/** The faces, largest first, and the gaps that were closed to find them. */
export interface PolygonizeResult {
  faces: Face[];
  snaps: Snap[];
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Every distinct segment once, whichever way round and however many lines carried it. */
function uniqueSegments(lines: readonly Position[][]): Feature<LineString>[] {
  const seen = new Set<string>();
  const segments: Feature<LineString>[] = [];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      const ka = key(a);
      const kb = key(b);
      if (ka === kb) continue;
      const id = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      if (seen.has(id)) continue;
      seen.add(id);
      segments.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: [a, b] },
      });
    }
  }
  return segments;
}

/**
 * Turns a set of boundary lines into the areas they enclose: ends closer than `snapKm` to
 * another line's vertex are joined (see `snapLineEnds`), lines are cut where they cross
 * (`nodeLines`), repeated stretches are merged, loose ends are ignored, and every enclosed face
 * is returned as a Polygon, wound counter-clockwise, largest first. A face enclosing another
 * is returned without a hole; both are listed. Snaps are returned so closed gaps can be reported.
 * @see https://turfjs.org/docs/api/polygonize
 */
export function polygonizeLines(
  lines: readonly (readonly Position[])[],
  snapKm: number,
): PolygonizeResult {
  const snapped = snapLineEnds(lines, snapKm);
  const noded = nodeLines(snapped.lines);
  const network: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: uniqueSegments(noded),
  };
  const polygons = network.features.length > 0 ? polygonize(network).features : [];
  const faces = polygons
    .map((f) => rewind(f.geometry, { reverse: false }) as Polygon)
    .map((polygon) => ({ polygon, areaKm2: areaKm2(polygon) }))
    // equal areas are ordered by their first corner so the order never depends on input quirks
    .sort(
      (x, y) =>
        y.areaKm2 - x.areaKm2 ||
        (key(x.polygon.coordinates[0]![0]!) < key(y.polygon.coordinates[0]![0]!) ? -1 : 1),
    );
  return { faces, snaps: snapped.snaps };
}

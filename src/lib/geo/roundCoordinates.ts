import type { Geometry, Position } from 'geojson';
import { signedRingArea } from './signedRingArea.ts';

/** Rounds one number to `decimals` places; n / 10^d prints back as the short decimal. */
function roundTo(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}

/** Rounds a path and drops positions that became equal to the one before them. */
function roundPath(path: readonly Position[], factor: number): Position[] {
  const out: Position[] = [];
  for (const position of path) {
    const rounded = [roundTo(position[0]!, factor), roundTo(position[1]!, factor)];
    const last = out[out.length - 1];
    if (last && last[0] === rounded[0] && last[1] === rounded[1]) continue;
    out.push(rounded);
  }
  return out;
}

/** A rounded ring, or null when rounding collapsed it to fewer than 3 corners or to no area. */
function roundRing(ring: readonly Position[], factor: number): Position[] | null {
  const out = roundPath(ring, factor);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  if (out.length < 4 || signedRingArea(out) === 0) return null;
  return out;
}

/** A rounded polygon, or null when its outer ring collapsed; collapsed holes are dropped. */
function roundPolygon(rings: readonly Position[][], factor: number): Position[][] | null {
  const [outer, ...holes] = rings;
  const roundedOuter = outer ? roundRing(outer, factor) : null;
  if (!roundedOuter) return null;
  const roundedHoles = holes.map((h) => roundRing(h, factor)).filter((h) => h !== null);
  return [roundedOuter, ...roundedHoles];
}

/** A rounded line, or null when fewer than 2 distinct positions remain. */
function roundLine(line: readonly Position[], factor: number): Position[] | null {
  const out = roundPath(line, factor);
  return out.length >= 2 ? out : null;
}

/**
 * Rounds every coordinate to `decimals` places (5 ≈ 1 m) and repairs what rounding breaks:
 * repeated positions are removed, lines shorter than two positions and rings with no area are
 * dropped, and a polygon whose outer ring collapses is dropped with its holes. Returns null when
 * nothing is left, so callers can drop the feature instead of writing an empty geometry.
 * Never mutates its input.
 */
export function roundCoordinates(geometry: Geometry, decimals: number): Geometry | null {
  const factor = 10 ** decimals;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPath([geometry.coordinates], factor)[0]! };
    case 'MultiPoint': {
      const points = geometry.coordinates.map((p) => roundPath([p], factor)[0]!);
      return points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null;
    }
    case 'LineString': {
      const line = roundLine(geometry.coordinates, factor);
      return line ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundLine(l, factor)).filter((l) => l !== null);
      return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const polygon = roundPolygon(geometry.coordinates, factor);
      return polygon ? { type: 'Polygon', coordinates: polygon } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates
        .map((p) => roundPolygon(p, factor))
        .filter((p) => p !== null);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    case 'GeometryCollection': {
      const parts = geometry.geometries
        .map((g) => roundCoordinates(g, decimals))
        .filter((g) => g !== null);
      return parts.length > 0 ? { type: 'GeometryCollection', geometries: parts } : null;
    }
  }
}

import { kinks, simplify } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  Polygon,
  MultiPolygon,
  Position,
} from 'geojson';
import { signedRingArea } from './signedRingArea.ts';

/** How many times the tolerance is halved before a feature is kept as it was. */
const MAX_ATTEMPTS = 6;

/** True when every ring is closed, has ≥ 4 positions, has area and keeps its original winding. */
function ringsAreSane(before: Position[][], after: Position[][]): boolean {
  if (before.length !== after.length) return false;
  return after.every((ring, i) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1])
      return false;
    const area = signedRingArea(ring);
    return area !== 0 && Math.sign(area) === Math.sign(signedRingArea(before[i]!));
  });
}

/** True when `after` is a usable simplification of `before` (same shape of nesting, valid rings, no crossings). */
function isSane(before: Geometry, after: Geometry): boolean {
  switch (after.type) {
    case 'LineString':
      return after.coordinates.length >= 2;
    case 'MultiLineString':
      return after.coordinates.every((line) => line.length >= 2);
    case 'Polygon':
      return (
        ringsAreSane((before as Polygon).coordinates, after.coordinates) &&
        kinks(after).features.length === 0
      );
    case 'MultiPolygon': {
      const original = (before as MultiPolygon).coordinates;
      return (
        original.length === after.coordinates.length &&
        after.coordinates.every((rings, i) => ringsAreSane(original[i]!, rings)) &&
        kinks(after).features.length === 0
      );
    }
    default:
      return true;
  }
}

/** The simplest sane version of one geometry, trying ever smaller tolerances. */
function simplifyGeometry(geometry: Geometry, tolerance: number): Geometry {
  if (
    geometry.type === 'Point' ||
    geometry.type === 'MultiPoint' ||
    geometry.type === 'GeometryCollection'
  ) {
    return structuredClone(geometry);
  }
  for (let attempt = 0, t = tolerance; attempt < MAX_ATTEMPTS; attempt++, t /= 2) {
    try {
      const candidate = simplify(geometry, { tolerance: t, highQuality: true, mutate: false });
      if (isSane(geometry, candidate)) return candidate;
    } catch {
      // turf throws on rings it cannot handle; a smaller tolerance or the original will do.
    }
  }
  return structuredClone(geometry);
}

/**
 * Douglas–Peucker simplification of every feature, with `tolerance` in degrees (0.001° ≈ 111 m
 * north–south, ≈ 85 m east–west at 40° N). A feature whose simplified shape would have an
 * unclosed, too-short, flat or flipped ring, or edges that cross, is retried with half the
 * tolerance, up to six times, and otherwise kept unchanged, so no invalid ring is ever emitted.
 * Features are simplified one by one: two features sharing a border may end up with slightly
 * different versions of it (use `simplifyTopology` where borders must stay shared).
 * Never mutates its input.
 * @see https://turfjs.org/docs/api/simplify
 */
export function simplifyFeatures<G extends Geometry, P>(
  collection: FeatureCollection<G, P>,
  tolerance: number,
): FeatureCollection<G, P> {
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(
      `tolerance must be a number of degrees ≥ 0, received ${String(tolerance)}`,
    );
  }
  const features = collection.features.map((feature): Feature<G, P> => {
    const copy = structuredClone(feature);
    if (tolerance === 0 || feature.geometry === null) return copy;
    return { ...copy, geometry: simplifyGeometry(feature.geometry, tolerance) as G };
  });
  return { ...collection, features };
}

import {
  bearing,
  booleanPointInPolygon,
  buffer,
  destination,
  difference,
  featureCollection,
  lineString,
  nearestPointOnLine,
  pointToLineDistance,
  polygon as turfPolygon,
  union,
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2 } from './areaKm2.ts';

/** A point the area must hold (inside: true) or leave out (inside: false). */
export interface AreaRequirement {
  /** Control point id, for the record of corrections. */
  id: string;
  /** Place id. */
  place: string;
  at: [number, number];
  inside: boolean;
  /** Largest radius of the patch drawn around the point, km. */
  radiusKm: number;
}

/** One local correction the build made, for the layer's method note and the manifest. */
export interface AreaCorrection {
  point: string;
  place: string;
  action: 'removed' | 'added';
  /** How far the point was from the drawn edge before the correction, km. */
  distanceKm: number;
  radiusKm: number;
}

/** Result of {@link correctArea}. */
export interface CorrectedArea {
  geometry: Polygon | MultiPolygon;
  corrections: AreaCorrection[];
  /** The patches cut out of (removed) or added to (added) the area. */
  patches: { action: 'removed' | 'added'; polygon: Polygon }[];
}

/** Pieces smaller than this, km², are slivers left by a cut and are dropped. */
const SLIVER_KM2 = 1;
/** A patch never comes nearer than this share of the distance to a point it must not move. */
const GUARD_SHARE = 0.8;

const rings = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

const inside = (at: Position, g: Polygon | MultiPolygon) => booleanPointInPolygon(at, g);

/** The nearest point on the area's outline, and its distance in km. */
function nearestEdge(at: Position, g: Polygon | MultiPolygon): { point: Position; km: number } {
  let best = { point: at, km: Infinity };
  for (const poly of rings(g))
    for (const ring of poly) {
      const hit = nearestPointOnLine(lineString(ring), at, { units: 'kilometers' });
      const km = hit.properties.dist ?? Infinity;
      if (km < best.km) best = { point: hit.geometry.coordinates, km };
    }
  return best;
}

/** Drops slivers and returns a Polygon when one piece is left. */
function tidy(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = rings(g)
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .filter((p) => areaKm2(p) >= SLIVER_KM2);
  if (parts.length === 1) return parts[0]!;
  return { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
}

/**
 * Corrects an area locally so every requirement holds: for a point on the wrong side, a patch of
 * `radiusKm` around the point, stretched to the nearest edge and a radius beyond it (a capsule),
 * is cut out of the area or added to it. The radius shrinks so the patch keeps its distance from
 * every point that must stay where it is. Deterministic: the same inputs give the same shape.
 */
export function correctArea(
  start: Polygon | MultiPolygon,
  requirements: readonly AreaRequirement[],
): CorrectedArea {
  let geometry: Polygon | MultiPolygon = start;
  const corrections: AreaCorrection[] = [];
  const patches: CorrectedArea['patches'] = [];
  for (const req of requirements) {
    if (inside(req.at, geometry) === req.inside) continue;
    const edge = nearestEdge(req.at, geometry);
    // Reach one radius past the edge so the cut (or the addition) opens onto the other side.
    const far = destination(edge.point, req.radiusKm, bearing(req.at, edge.point), {
      units: 'kilometers',
    }).geometry.coordinates;
    const axis: Feature<LineString> = lineString([req.at, far]);
    const guards = requirements.filter(
      (r) => r.id !== req.id && r.inside !== req.inside && r.place !== req.place,
    );
    const guardKm = Math.min(
      ...guards.map((g) => pointToLineDistance(g.at, axis, { units: 'kilometers' })),
    );
    const radiusKm = Math.min(req.radiusKm, GUARD_SHARE * guardKm);
    const patch = buffer(axis, radiusKm, { units: 'kilometers', steps: 8 })!.geometry as Polygon;
    const action = req.inside ? 'added' : 'removed';
    const base: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
    const both = featureCollection([base, turfPolygon(patch.coordinates)]);
    const next = action === 'removed' ? difference(both) : union(both);
    if (!next) throw new Error(`correcting for "${req.id}" left no area`);
    geometry = tidy(next.geometry as Polygon | MultiPolygon);
    patches.push({ action, polygon: patch });
    corrections.push({
      point: req.id,
      place: req.place,
      action,
      distanceKm: Number(edge.km.toFixed(1)),
      radiusKm: Number(radiusKm.toFixed(2)),
    });
  }
  return { geometry, corrections, patches };
}

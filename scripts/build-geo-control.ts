/**
 * Makes the Karabakh areas obey the sourced control points of data/control.json: where Natural
 * Earth's drawing puts a point on the wrong side, the area is corrected locally (see
 * correctArea) and the line of contact is redrawn around the patch. Node-only; used by
 * scripts/build-geo-*.ts.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { CONTROL_AREAS, expectedInside, type ControlArea } from '../src/lib/geo/controlCheck.ts';
import {
  correctArea,
  type AreaRequirement,
  type CorrectedArea,
} from '../src/lib/geo/correctArea.ts';
import { placeName } from '../src/lib/placeName.ts';
import type { BuildInputs } from './build-geo-sources.ts';

/** Largest patch radius by kind of place: a town's built-up area is wider than a village's. */
const RADIUS_KM: Record<string, number> = { city: 3, town: 2.5, village: 1.5 };
const DEFAULT_RADIUS_KM = 1;

/** The dated area with this id (the registry is the single list of them). */
export function controlArea(id: string): ControlArea {
  const area = CONTROL_AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`no dated area "${id}" in CONTROL_AREAS`);
  return area;
}

/** What the control points ask of an area: each point it decides, with where it must lie. */
export function requirementsFor(inputs: BuildInputs, area: ControlArea): AreaRequirement[] {
  const out: AreaRequirement[] = [];
  for (const point of inputs.control) {
    const inside = expectedInside(point, area);
    if (inside === null) continue;
    const place = inputs.places.find((p) => p.id === point.place);
    if (!place || place.lon === null || place.lat === null)
      throw new Error(
        `data/control.json › ${point.id}: place "${point.place}" is unknown or has no coordinates`,
      );
    out.push({
      id: point.id,
      place: point.place,
      at: [place.lon, place.lat],
      inside,
      radiusKm: RADIUS_KM[place.kind] ?? DEFAULT_RADIUS_KM,
    });
  }
  return out;
}

const cache = new WeakMap<BuildInputs, Map<string, CorrectedArea>>();

/**
 * The area corrected to the control points, computed once per build input (the held layer and
 * the line of contact both need it, at every simplification tolerance).
 */
export function corrected(
  inputs: BuildInputs,
  areaId: string,
  start: () => Polygon | MultiPolygon,
): CorrectedArea {
  const byArea = cache.get(inputs) ?? new Map<string, CorrectedArea>();
  cache.set(inputs, byArea);
  const hit = byArea.get(areaId);
  if (hit) return hit;
  const result = correctArea(start(), requirementsFor(inputs, controlArea(areaId)));
  byArea.set(areaId, result);
  return result;
}

/** The method note for the corrections made, naming each place in both traditions. */
export function describeCorrections(inputs: BuildInputs, result: CorrectedArea): string {
  if (result.corrections.length === 0)
    return 'Every control point of data/control.json for these dates already lay on the right side; no correction was needed.';
  const name = (id: string) => {
    const p = inputs.places.find((x) => x.id === id);
    return p ? placeName(p, 'both') : id;
  };
  const items = result.corrections.map((c) => {
    const point = inputs.control.find((p) => p.id === c.point);
    return `${name(c.place)} ${c.action === 'removed' ? 'cut out' : 'added'} (${c.distanceKm} km ${c.action === 'removed' ? 'inside' : 'outside'} the drawn edge; radius ${c.radiusKm} km; control point ${c.point}, ${point?.sources.join(', ') ?? ''})`;
  });
  return (
    'Corrected locally to the sourced control points of data/control.json: where the drawn area put a point on the wrong side, ' +
    'a patch around the point (a disc of 1–3 km by kind of place, stretched to the nearest edge and one radius beyond it, and kept clear of every point that must stay put) was cut out or added. ' +
    `Corrections: ${items.join('; ')}.`
  );
}

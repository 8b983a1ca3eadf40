import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { distanceToLineKm } from './distanceToLineKm.ts';

/** Distance from a point to a line made of parts, and whether the nearest part is drawn approximately. */
export interface LineDistance {
  km: number;
  /** True when the nearest part has `approximate: true` (we drew it; it is not from a dataset). */
  approximate: boolean;
}

const isLine = (f: Feature): f is Feature<LineString | MultiLineString> =>
  f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';

/**
 * Shortest distance from [lon, lat] to any line part of a collection (such as
 * data/geometry/loc-2020.geojson), noting whether the part it was measured to is approximate.
 * Other geometry is ignored; returns undefined when there is no line at all.
 */
export function lineDistance(
  point: [number, number],
  line: FeatureCollection,
): LineDistance | undefined {
  let best: LineDistance | undefined;
  for (const f of line.features.filter(isLine)) {
    const km = distanceToLineKm(point, f);
    if (!best || km < best.km) best = { km, approximate: f.properties?.approximate === true };
  }
  return best;
}

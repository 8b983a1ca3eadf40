import { kinks } from '@turf/turf';
import type { Position } from 'geojson';
import {
  checkPosition,
  checkPositions,
  checkRegion,
  formatPosition,
  type GeoJsonProblem,
  type Region,
  type Report,
} from './checkPositions.ts';
import { describeFound } from './describeValue.ts';
import { signedRingArea } from './signedRingArea.ts';

export type { GeoJsonProblem, Region } from './checkPositions.ts';

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/** What each kind of list holds, one member and the shape an editor should write. */
const LISTS = {
  positions: { one: 'position', shape: '[[longitude, latitude], …]' },
  lines: { one: 'line', shape: 'one list of [longitude, latitude] positions per line' },
  rings: {
    one: 'ring',
    shape: 'one list of [longitude, latitude] positions per ring, outer ring first',
  },
  polygons: { one: 'polygon', shape: 'one list of rings per polygon' },
  geometries: { one: 'geometry', shape: 'a list of geometry objects such as {"type": "Point", …}' },
} as const;

/** A list (of positions, lines, rings, polygons or geometries) or null with a problem when it is missing or empty. */
function checkList(
  value: unknown,
  path: string,
  what: keyof typeof LISTS,
  report: Report,
): unknown[] | null {
  if (!Array.isArray(value)) {
    report(path, `${describeFound(value, `a list of ${what}`)} (expected ${LISTS[what].shape})`);
    return null;
  }
  if (value.length === 0) {
    report(path, `the geometry is empty: no ${what} (expected at least one ${LISTS[what].one})`);
    return null;
  }
  return value;
}

/** A line needs two positions. */
function checkLine(value: unknown, path: string, region: Region, report: Report): void {
  const line = checkPositions(value, path, report);
  if (!line) return;
  if (line.length < 2)
    report(
      path,
      `the line has ${line.length === 1 ? '1 position' : `${line.length} positions`} (expected at least 2)`,
    );
  checkRegion(line, path, region, report);
}

/** Closure, length, area and winding of one ring; true when it is usable for the crossing check. */
function checkRing(
  value: unknown,
  path: string,
  isHole: boolean,
  region: Region,
  report: Report,
): boolean {
  const ring = checkPositions(value, path, report);
  if (!ring) return false;
  checkRegion(ring, path, region, report);
  const name = isHole ? 'hole' : 'outer ring';
  if (ring.length < 4) {
    report(
      path,
      `the ${name} has ${ring.length === 1 ? '1 position' : `${ring.length} positions`} (expected at least 4: three corners and the first one repeated at the end)`,
    );
    return false;
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    report(
      path,
      `the ${name} is not closed: it starts at ${formatPosition(first)} but ends at ${formatPosition(last)} (expected the last position to repeat the first)`,
    );
    return false;
  }
  const area = signedRingArea(ring);
  if (area === 0) {
    report(
      path,
      `the ${name} encloses no area: all its positions lie on one line (expected at least three corners not on one line)`,
    );
    return false;
  }
  if (!isHole && area < 0) {
    report(
      path,
      'the outer ring runs clockwise; reverse the order of its positions (expected outer rings counter-clockwise, as GeoJSON RFC 7946 requires)',
    );
  }
  if (isHole && area > 0) {
    report(
      path,
      'the hole runs counter-clockwise; reverse the order of its positions (expected holes clockwise, as GeoJSON RFC 7946 requires)',
    );
  }
  return true;
}

/** Every ring of a polygon, then whether its edges cross or touch anywhere but at shared corners. */
function checkPolygon(value: unknown, path: string, region: Region, report: Report): void {
  const rings = checkList(value, path, 'rings', report);
  if (!rings) return;
  const usable = rings.map((ring, i) => checkRing(ring, `${path}[${i}]`, i > 0, region, report));
  if (!usable.every(Boolean)) return;
  try {
    const crossings = kinks({ type: 'Polygon', coordinates: rings as Position[][] }).features;
    if (crossings.length > 0) {
      const at = crossings[0]!.geometry.coordinates.map((v) => Number(v.toFixed(5)));
      report(
        path,
        `the outline crosses or touches itself at ${crossings.length === 1 ? '1 point' : `${crossings.length} points`}, first near ${formatPosition(at)} (expected edges that meet only at their shared corners)`,
      );
    }
  } catch (error) {
    report(
      path,
      `the outline could not be checked for crossings: ${String(error)} (expected rings the crossing check can read)`,
    );
  }
}

/**
 * Problems with one GeoJSON geometry (structure, empty parts, non-finite numbers, rings,
 * winding, self-crossings, positions outside `region`), each with a JSON path under `path`.
 * Never throws; returns an empty list for a sound geometry.
 */
export function validateGeometry(value: unknown, path: string, region: Region): GeoJsonProblem[] {
  const problems: GeoJsonProblem[] = [];
  const report: Report = (p, message) => problems.push({ path: p, message });
  if (value === null || value === undefined) {
    report(
      path,
      `${describeFound(value)}, so the feature has no geometry (expected a Point, LineString, Polygon or one of their Multi- forms)`,
    );
    return problems;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(
      path,
      `${describeFound(value, 'a geometry object')} (expected an object such as {"type": "Polygon", "coordinates": […]})`,
    );
    return problems;
  }
  const geometry = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof geometry.type !== 'string' || !GEOMETRY_TYPES.includes(geometry.type)) {
    const allowed = GEOMETRY_TYPES.map((t) => `"${t}"`).join(', ');
    report(
      `${path}.type`,
      geometry.type === undefined
        ? `is missing (expected one of: ${allowed})`
        : `${describeFound(geometry.type)}, which is not a geometry type (expected one of: ${allowed})`,
    );
    return problems;
  }
  const at = `${path}.coordinates`;
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      if (checkPosition(c, at, report)) checkRegion([c], at, region, report);
      break;
    case 'MultiPoint': {
      const points = checkList(c, at, 'positions', report) && checkPositions(c, at, report);
      if (points) checkRegion(points, at, region, report);
      break;
    }
    case 'LineString':
      if (Array.isArray(c) && c.length === 0)
        report(at, 'the geometry is empty: no positions (expected a line of at least 2 positions)');
      else checkLine(c, at, region, report);
      break;
    case 'MultiLineString':
      checkList(c, at, 'lines', report)?.forEach((line, i) =>
        checkLine(line, `${at}[${i}]`, region, report),
      );
      break;
    case 'Polygon':
      checkPolygon(c, at, region, report);
      break;
    case 'MultiPolygon':
      checkList(c, at, 'polygons', report)?.forEach((polygon, i) =>
        checkPolygon(polygon, `${at}[${i}]`, region, report),
      );
      break;
    case 'GeometryCollection':
      checkList(geometry.geometries, `${path}.geometries`, 'geometries', report)?.forEach((g, i) =>
        problems.push(...validateGeometry(g, `${path}.geometries[${i}]`, region)),
      );
      break;
  }
  return problems;
}

import type { Position } from 'geojson';
import { describeFound } from './describeValue.ts';

/**
 * One thing wrong with a GeoJSON value: where (a JSON path such as `features[3].geometry`) and
 * what, in plain words: what is wrong, then what was expected in parentheses,
 * `is the text "abc", not a list of positions (expected [[longitude, latitude], …])`.
 */
export interface GeoJsonProblem {
  path: string;
  message: string;
}

/** A lon/lat box every coordinate must fall inside, in degrees. */
export interface Region {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Where checks send each problem they find. */
export type Report = (path: string, message: string) => void;

/** A position as an editor would type it: `[46.75, 39.81]`. */
export const formatPosition = (p: Position): string => `[${p[0]}, ${p[1]}]`;

/** True when a value is a usable position; reports why not otherwise. */
export function checkPosition(value: unknown, path: string, report: Report): value is Position {
  if (!Array.isArray(value) || value.length < 2) {
    report(
      path,
      `${describeFound(value, 'a position')} (expected two numbers: [longitude, latitude])`,
    );
    return false;
  }
  let ok = true;
  (['longitude', 'latitude'] as const).forEach((axis, i) => {
    const n: unknown = value[i];
    if (typeof n !== 'number') {
      report(path, `the ${axis} ${describeFound(n, 'a number')} (expected degrees as a number)`);
      ok = false;
    } else if (!Number.isFinite(n)) {
      report(
        path,
        `the ${axis} is ${String(n)}, not a finite number (expected degrees as a number)`,
      );
      ok = false;
    }
  });
  return ok;
}

/** A list of positions when the value is one and every member is usable, else null (problems reported). */
export function checkPositions(value: unknown, path: string, report: Report): Position[] | null {
  if (!Array.isArray(value)) {
    report(
      path,
      `${describeFound(value, 'a list of positions')} (expected [[longitude, latitude], …])`,
    );
    return null;
  }
  const results = value.map((p, i) => checkPosition(p, `${path}[${i}]`, report));
  return results.every(Boolean) ? (value as Position[]) : null;
}

/** Positions outside the region, with a hint when swapping latitude and longitude would fix them all. */
export function checkRegion(
  positions: Position[],
  path: string,
  region: Region,
  report: Report,
): void {
  const inside = (lon: number, lat: number): boolean =>
    lon >= region.west && lon <= region.east && lat >= region.south && lat <= region.north;
  const outside = positions.filter((p) => !inside(p[0]!, p[1]!));
  if (outside.length === 0) return;
  const swapped = outside.every((p) => inside(p[1]!, p[0]!));
  const box = `longitude ${region.west}–${region.east}, latitude ${region.south}–${region.north}`;
  const where =
    positions.length === 1
      ? `the position ${formatPosition(outside[0]!)} lies outside the map region`
      : `${outside.length} of ${positions.length} positions lie outside the map region, first ${formatPosition(outside[0]!)}`;
  const them = positions.length === 1 ? 'it' : 'them all';
  report(
    path,
    swapped
      ? `${where}; latitude and longitude look swapped: swapping the two puts ${them} inside the region (expected [longitude, latitude] order, within ${box})`
      : `${where} (expected positions within ${box})`,
  );
}

import type { ControlPoint } from '../../schemas/control.ts';
import { mayExist, type Located } from './crossCheck.ts';
import type { Problem } from './problem.ts';

/** Ids the control points can refer to. */
export interface ControlRefIds {
  places: ReadonlySet<string> | null;
  placesWithCoordinates: ReadonlySet<string>;
  sources: ReadonlySet<string> | null;
}

const label = (l: Located<ControlPoint>) => `#${l.index + 1} (${l.record.id})`;
const end = (p: ControlPoint) => p.to ?? '9999-12-31';

/**
 * Checks data/control.json against the rest of the data: known places with coordinates, known
 * sources, unique ids, and no two points giving one place to different sides on the same day.
 */
export function checkControl(
  points: readonly Located<ControlPoint>[],
  ids: ControlRefIds,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Located<ControlPoint>>();
  for (const item of points) {
    const p = item.record;
    const at = (path: string) => `${label(item)} › ${path}`;
    const first = seen.get(p.id);
    if (first)
      problems.push({
        file: item.file,
        path: at('id'),
        message: `the control point id "${p.id}" is already used by ${label(first)} (expected every id to be unique)`,
      });
    else seen.set(p.id, item);
    if (!mayExist(ids.places, p.place))
      problems.push({
        file: item.file,
        path: at('place'),
        message: `refers to unknown place "${p.place}" (expected an id from data/places.json)`,
      });
    else if (ids.places && !ids.placesWithCoordinates.has(p.place))
      problems.push({
        file: item.file,
        path: at('place'),
        message: `"${p.place}" has no coordinates, so the map cannot be checked against it (expected a place with lat and lon)`,
      });
    p.sources.forEach((s, i) => {
      if (!mayExist(ids.sources, s))
        problems.push({
          file: item.file,
          path: at(`sources[${i}]`),
          message: `refers to unknown source "${s}" (expected an id from data/sources.json)`,
        });
    });
  }
  // Two points for one place that share a day must agree on the side.
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      const pa = a.record;
      const pb = b.record;
      if (pa.place !== pb.place || pa.side === pb.side) continue;
      if (pa.from > end(pb) || pb.from > end(pa)) continue;
      const day = pa.from > pb.from ? pa.from : pb.from;
      problems.push({
        file: b.file,
        path: `${label(b)} › from`,
        message: `contradicts ${label(a)}: on ${day} "${pa.place}" would be held by both the ${pa.side} and the ${pb.side} side (expected periods of different sides not to overlap; end one the day before the other starts)`,
      });
    }
  return problems;
}

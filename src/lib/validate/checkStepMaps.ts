import { findRefs } from '../story/refs.ts';
import type { Problem } from './problem.ts';
import type { LocatedStep } from './checkSteps.ts';

/** Coordinates of the places that have them, by id. */
export type PlaceCoordinates = ReadonlyMap<string, readonly [number, number]>;

/**
 * Checks that each step's map shows what its text says: every place the text names with
 * `{place:…}` (and that has coordinates) is among the places drawn, and every annotation points at a known place with
 * coordinates and lies inside the step's view (`camera.bounds`). Chart steps are skipped.
 */
export function checkStepMaps(
  steps: readonly LocatedStep[],
  places: PlaceCoordinates,
  knownPlaces: ReadonlySet<string> | null,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, step, body } of steps) {
    if (step.chart && step.chart.placement !== 'text') continue;
    const named = [
      ...new Set(findRefs(body).flatMap((r) => (r.kind === 'place' ? [r.target] : []))),
    ];
    // A place without coordinates cannot be drawn (its note says why); only the others count.
    for (const id of named)
      if (
        !step.places.includes(id) &&
        places.has(id) &&
        (knownPlaces === null || knownPlaces.has(id))
      )
        problems.push({
          file,
          path: 'places',
          message: `the text names {place:${id}} but the step's map does not draw it (expected "${id}" in places)`,
        });
    const bounds = step.camera.bounds;
    step.annotations.forEach((a, i) => {
      const points = a.type === 'route' ? a.path : a.type === 'arrow' ? [a.from, a.to] : [a.at];
      for (const p of points) {
        const at = typeof p === 'string' ? places.get(p) : p;
        if (!at) {
          problems.push({
            file,
            path: `annotations[${i}]`,
            message: `${a.type} refers to place "${String(p)}", which is unknown or has no coordinates (expected an id from data/places.json with lat and lon, or [lon, lat])`,
          });
          continue;
        }
        if (
          bounds &&
          (at[0] < bounds[0][0] ||
            at[0] > bounds[1][0] ||
            at[1] < bounds[0][1] ||
            at[1] > bounds[1][1])
        )
          problems.push({
            file,
            path: `annotations[${i}]`,
            message: `${a.type} point [${at[0]}, ${at[1]}]${typeof p === 'string' ? ` (${p})` : ''} lies outside the step's view ${JSON.stringify(bounds)} (expected every annotation inside camera.bounds)`,
          });
      }
    });
  }
  return problems;
}

/**
 * Synthetic events and places for the scaling run: copies of the real records with new ids,
 * so the validator and the build do exactly the work they would do for a larger dataset.
 */
import type { Event } from '../../src/schemas/event.ts';
import type { Place } from '../../src/schemas/place.ts';

/** The id of the n-th copy (n ≥ 1) of a record; kebab-case like every id in data/. */
export function copyId(id: string, n: number): string {
  return `${id}-synthetic-${n}`;
}

/**
 * The places followed by `factor - 1` copies of each. Copies sit a little north of the original
 * (0.002° ≈ 220 m per copy, cross-checks moved alike so recorded distances stay true), keeping
 * the map's label layout honest instead of stacking labels on one point.
 */
export function multiplyPlaces(places: readonly Place[], factor: number): Place[] {
  const out: Place[] = [...places];
  for (let n = 1; n < factor; n++)
    for (const p of places) {
      const shift = (lat: number) => Math.round((lat + n * 0.002) * 1e5) / 1e5;
      out.push({
        ...p,
        id: copyId(p.id, n),
        names: { ...p.names, en: `${p.names.en} ${n}` },
        lat: p.lat === null ? null : shift(p.lat),
        crossCheck: p.crossCheck.map((c) => ({ ...c, lat: shift(c.lat) })),
      });
    }
  return out;
}

/**
 * The events followed by `factor - 1` copies of each; copy n refers to copy n of its places,
 * so `multiplyPlaces` with the same factor must supply them.
 */
export function multiplyEvents(events: readonly Event[], factor: number): Event[] {
  const out: Event[] = [...events];
  for (let n = 1; n < factor; n++)
    for (const e of events)
      out.push({ ...e, id: copyId(e.id, n), places: e.places.map((id) => copyId(id, n)) });
  return out;
}

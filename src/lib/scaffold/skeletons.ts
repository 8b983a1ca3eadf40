/**
 * What `npm run new -- <kind>` writes: a record of the right shape with the next free id, every
 * field an editor must supply holding the FILL-IN marker. The validator reports each marker left
 * (checkPlaceholders), so a skeleton can never be published half-filled, and no source, date or
 * coordinate is ever invented to make it pass.
 */

/** The marker in every field left for the editor. */
export const FILL_IN = 'FILL-IN';

/** The next free source id: one more than the highest plain number (S61a counts as 61). */
export function nextSourceId(ids: readonly string[]): string {
  const numbers = ids.map((id) => Number(/^S(\d+)/.exec(id)?.[1] ?? 0));
  return `S${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function nextFreeId(base: string, ids: readonly string[]): string {
  if (!ids.includes(base)) return base;
  for (let n = 2; ; n++) if (!ids.includes(`${base}-${n}`)) return `${base}-${n}`;
}

export function sourceSkeleton(id: string) {
  return {
    id,
    kind: FILL_IN,
    publisher: `${FILL_IN}: the outlet or body that published the page`,
    title: `${FILL_IN}: the headline, or [our description] with titleDescriptive true`,
    titleDescriptive: false,
    date: FILL_IN,
    url: `https://example.org/${FILL_IN}`,
  };
}

export function placeSkeleton(id: string) {
  return {
    id,
    names: { en: FILL_IN, hy: FILL_IN, az: FILL_IN, other: [] },
    lat: null,
    lon: null,
    kind: FILL_IN,
    country: FILL_IN,
    coordSource: { title: FILL_IN, url: null },
    crossCheck: [],
    maxDiscrepancyKm: null,
    coordinatesDisagree: false,
    note: `${FILL_IN}: where the coordinate comes from, or why there is none`,
  };
}

export function eventSkeleton(id: string, date: string) {
  return {
    id,
    date,
    title: `${FILL_IN}: a short title`,
    summary: `${FILL_IN}: one line in our own words, attributed when it reports a claim`,
    category: FILL_IN,
    places: [],
    claims: [],
    sources: [FILL_IN],
  };
}

export function controlPointSkeleton(id: string) {
  return {
    id,
    place: FILL_IN,
    side: FILL_IN,
    from: FILL_IN,
    to: null,
    sources: [FILL_IN],
    note: `${FILL_IN}: what the sources say, in our words`,
  };
}

export function stepSkeleton(id: string): string {
  return `---
id: ${id}
heading: ${FILL_IN} a heading, or delete this line
camera:
  bounds: [[46.3, 39.5], [47.2, 40.4]]
layers: [countries, water, loc-2020]
places: []
events: []
---

${FILL_IN}: the step's text, in our own words, with {place:id}, {date:event-id} and {source:S01}.
`;
}

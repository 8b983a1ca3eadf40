/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 * Who the map's geometry comes from, written once for every map: the static maps' caption, the
 * live map's attribution and the map embeds' source line. data/geometry/manifest.json names each
 * file's source and licence; mapCredits.test.ts fails when a third-party one is not credited here.
 */

/** A dataset the geometry is drawn from. */
export interface MapCredit {
  /** The dataset as its makers name it. */
  name: string;
  /** Its licence, as readers are told it. */
  licence: string;
  /** What the maps take from it, as the static maps' caption says it. */
  what: string;
}

/** The datasets credited under every map, in the order they are named. */
export const mapCredits: readonly MapCredit[] = [
  { name: 'Natural Earth', licence: 'public domain', what: 'Boundaries, rivers, roads' },
  { name: 'geoBoundaries', licence: 'CC BY-SA 3.0', what: 'districts' },
];

/** Where a credit line stands; each place words it for its own room. */
export type MapCreditPlace = 'static-map' | 'live-map' | 'embed';

/**
 * The credit line for `place`: under a static map (what comes from whom, and where the place
 * coordinates are sourced); in the live map's attribution control (one string, as MapLibre sorts
 * several by length; plain text, as the story keeps the map out of the tab order); or under a map
 * embed, which has no method section to say which shapes are ours.
 */
export function mapCreditLine(place: MapCreditPlace, credits = mapCredits): string {
  const named = credits.map((c) => `${c.name} (${c.licence})`);
  switch (place) {
    case 'static-map':
      return `${credits.map((c, i) => `${c.what}: ${named[i]}`).join('; ')}. Place coordinates: see sources.`;
    case 'live-map':
      return [...named, 'derived lines and areas: Karabakh, explained'].join(' · ');
    case 'embed':
      return `Map: ${named.join(', ')}; lines and areas marked approximate are our own drawings.`;
  }
}

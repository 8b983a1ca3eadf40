/**
 * Every map layer a story step can show, in drawing order (bottom first): the data vocabulary of
 * a step's `layers`. How each is drawn and described is in src/map/shared/layers.ts, keyed by
 * this list.
 */
export const layerIds = [
  'countries',
  'water',
  'roads',
  'held-1994-2020',
  'held-2020-2023',
  'districts',
  'nkao-1991',
  'loc-1994',
  'loc-2020',
  'lachin-corridor',
] as const;

export type LayerId = (typeof layerIds)[number];

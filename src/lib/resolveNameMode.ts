import { nameModes, type NameMode } from './placeName.ts';

/** Query parameter that sets the naming convention for one visit, e.g. `?names=az` in an embed. */
export const NAMES_PARAM = 'names';

/** What readers see for each convention in the switcher. */
export const nameModeLabels: Record<NameMode, string> = {
  en: 'English usage',
  hy: 'Armenian-derived names',
  az: 'Azerbaijani names',
  both: 'Both',
};

/** A naming convention from untrusted text (storage, the address), or null when it is not one. */
export function parseNameMode(value: string | null | undefined): NameMode | null {
  return (nameModes as readonly (string | null | undefined)[]).includes(value)
    ? (value as NameMode)
    : null;
}

/** Where the convention in force came from. */
export type NameModeOrigin = 'url' | 'storage' | 'default';

/**
 * The convention to show: `?names=` in the address wins (an embed must look the same for every
 * reader), then the reader's stored choice, then English usage. Unknown values are ignored rather
 * than trusted, so a mistyped link falls back instead of breaking labels.
 */
export function resolveNameMode(input: { search: string; stored: string | null }): {
  mode: NameMode;
  origin: NameModeOrigin;
} {
  const fromUrl = parseNameMode(new URLSearchParams(input.search).get(NAMES_PARAM));
  if (fromUrl) return { mode: fromUrl, origin: 'url' };
  const fromStorage = parseNameMode(input.stored);
  if (fromStorage) return { mode: fromStorage, origin: 'storage' };
  return { mode: 'en', origin: 'default' };
}

/**
 * The query string after the reader picks `mode` on a page opened with `?names=`: the parameter
 * follows the choice, so a reload keeps it; other parameters stay as they were. Returns the search
 * unchanged when the address has no `names` parameter (the stored choice is enough then).
 */
export function searchWithNameMode(search: string, mode: NameMode): string {
  const params = new URLSearchParams(search);
  if (!params.has(NAMES_PARAM)) return search;
  params.set(NAMES_PARAM, mode);
  return `?${params.toString()}`;
}

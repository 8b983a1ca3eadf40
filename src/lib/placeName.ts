import type { Place } from '../schemas/place.ts';

/** The naming conventions a reader can choose. */
export const nameModes = ['en', 'hy', 'az', 'both'] as const;
export type NameMode = (typeof nameModes)[number];

/**
 * A place's name in the chosen convention, falling back to English usage where a convention has
 * no recorded form (so a label is never empty). "both" joins the Armenian-derived and Azerbaijani
 * forms, e.g. "Stepanakert / Khankendi", using the plain-Latin Azerbaijani spelling for readability.
 */
export function placeName(place: Pick<Place, 'names'>, mode: NameMode = 'en'): string {
  const { en, hy, az, azLatin } = place.names;
  if (mode === 'hy') return hy ?? en;
  if (mode === 'az') return az ?? en;
  if (mode === 'both') {
    const a = hy ?? en;
    const b = azLatin ?? az ?? en;
    return a === b ? a : `${a} / ${b}`;
  }
  return en;
}

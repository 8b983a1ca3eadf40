import { z } from 'zod';
import { kebabId, webUrl } from './common.ts';

/** Bounding box of the region every coordinate must fall in (lon 43–51 E, lat 37.5–42.5 N). */
export const REGION_BBOX = { west: 43, south: 37.5, east: 51, north: 42.5 } as const;

export const placeKinds = [
  'capital',
  'city',
  'town',
  'village',
  'height',
  'facility',
  'monastery',
  'site',
] as const;

/** The message for a missing or mistyped hy/az name: null is a valid answer, and editors need to know. */
const TEXT_OR_NULL = (issue: { input?: unknown }) =>
  `${issue.input === undefined ? 'is missing' : 'is not text'} (expected the name as text, or null when no source gives this form of the name)`;

/** A name in each naming convention; null where no form was found in a source. */
export const placeNamesSchema = z.strictObject({
  /** The form most English-language media use, e.g. "Stepanakert". */
  en: z.string().min(2),
  /** Armenian-derived form, transliterated, e.g. "Berdzor"; null when none is known. */
  hy: z.string({ error: TEXT_OR_NULL }).min(2).nullable(),
  /** Azerbaijani form in Azerbaijani Latin script, e.g. "Xankəndi"; null when none is known. */
  az: z.string({ error: TEXT_OR_NULL }).min(2).nullable(),
  /** Plain-Latin transliteration of the Azerbaijani form, e.g. "Khankendi". */
  azLatin: z.string().min(2).optional(),
  /** Other recorded spellings (Soviet, Russian MoD, older forms). */
  other: z.array(z.string().min(2)).default([]),
});

const crossCheckSchema = z.strictObject({
  /** What the second source is. */
  source: z.string().min(2),
  /** Its URL, or null when only the site was recorded. */
  url: webUrl.nullable(),
  lat: z.number(),
  lon: z.number(),
  /** Great-circle distance from the place's coordinates, km. */
  distanceKm: z.number().nonnegative(),
});

/** One place of the gazetteer. */
export const placeSchema = z.strictObject({
  /** Kebab-case id used by events and story steps, e.g. "stepanakert". */
  id: kebabId,
  names: placeNamesSchema,
  /** Latitude, WGS84 degrees; null when no source gives a coordinate (then `note` says why). */
  lat: z.number().min(-90).max(90).nullable(),
  /** Longitude, WGS84 degrees; null together with `lat`. */
  lon: z.number().min(-180).max(180).nullable(),
  kind: z.enum(placeKinds),
  /** ISO 3166-1 alpha-2 code of the internationally recognised state the place lies in. */
  country: z.enum(['AM', 'AZ']),
  /** Where the coordinate comes from. */
  coordSource: z.strictObject({ title: z.string().min(2), url: webUrl.nullable() }),
  /** Second sources compared with the first. */
  crossCheck: z.array(crossCheckSchema).default([]),
  /** Largest distance to a cross-check, km; null when not cross-checked. */
  maxDiscrepancyKm: z.number().nonnegative().nullable(),
  /** True when sources disagree by more than 2 km: shown as approximate on the map. */
  coordinatesDisagree: z.boolean(),
  /** Editor's note (context, discrepancies, why a coordinate is missing). */
  note: z.string().nullable(),
});

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export const placesFileSchema = z.array(placeSchema);

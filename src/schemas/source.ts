import { z } from 'zod';
import { partialDate, sourceId, webUrl } from './common.ts';

/**
 * What kind of source a bibliography entry is, in the order a news desk prefers them
 * (see data/README.md for each kind's definition and the rules for borderline cases).
 * `reference-work` and `mirror-repost` point to sources but are not sources themselves: the
 * validator warns when a record rests on them alone (src/lib/validate/weakSources.ts).
 */
export const sourceKinds = [
  'official-statement',
  'ngo-court-international',
  'news-agency',
  'newspaper',
  'broadcaster',
  'research',
  'reference-work',
  'mirror-repost',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

/** Kinds that point to sources without being one: a record citing only these gets a warning. */
export const weakSourceKinds: ReadonlySet<SourceKind> = new Set([
  'reference-work',
  'mirror-repost',
]);

/** How each kind reads in the bibliography and the downloads. */
export const sourceKindLabels: Record<SourceKind, string> = {
  'official-statement': 'official statement',
  'ngo-court-international': 'NGO, court or international body',
  'news-agency': 'news agency',
  newspaper: 'newspaper or news site',
  broadcaster: 'broadcaster',
  research: 'research',
  'reference-work': 'reference work',
  'mirror-repost': 'mirror or repost',
};

/** One entry of the bibliography. Every other data file cites sources by `id`. */
export const sourceSchema = z.strictObject({
  /** Id as in the research fact base, e.g. "S01", "S61a". */
  id: sourceId,
  /** What kind of source this is, judged by the page cited in `url` (see `sourceKinds`). */
  kind: z.enum(sourceKinds),
  /** The original publisher or outlet named by the page (e.g. "Reuters", "Russian Ministry of Defence"). */
  publisher: z.string().min(2),
  /** Headline or page title; when the headline was not captured, a description in [square brackets]. */
  title: z.string().min(2),
  /** True when `title` is our description rather than the page's own headline. */
  titleDescriptive: z.boolean().default(false),
  /** Publication date at the precision known (YYYY-MM-DD, YYYY-MM or YYYY); null when the page is undated. */
  date: partialDate.nullable(),
  /** Free-text qualifier for the date, e.g. "inferred 15–16 Apr 2022" or "mid-April 2022". */
  dateNote: z.string().optional(),
  /** The original publisher's page (or a wire copy carried by a news organisation). */
  url: webUrl,
  /** The copy actually read when it was not `url`: a mirror, repost or copy, e.g. "jpost.1eye.us (mirror)". */
  retrievedVia: z.string().optional(),
  /** The address of that copy, kept when `url` was re-pointed to the original publisher's page. */
  retrievedViaUrl: webUrl.optional(),
  /** Language of the page when not English (BCP 47, e.g. "ru", "az", "hy", "fr"). */
  language: z.string().min(2).max(5).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema);

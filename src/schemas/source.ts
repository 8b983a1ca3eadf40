import { z } from 'zod';
import { partialDate, sourceId, webUrl } from './common.ts';

/** One entry of the bibliography. Every other data file cites sources by `id`. */
export const sourceSchema = z.strictObject({
  /** Id as in the research fact base, e.g. "S01", "S61a". */
  id: sourceId,
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
  /** The URL actually read. */
  url: webUrl,
  /** The site actually read when it was a mirror, repost or copy, e.g. "jpost.1eye.us (mirror)". */
  retrievedVia: z.string().optional(),
  /** Language of the page when not English (BCP 47, e.g. "ru", "az", "hy", "fr"). */
  language: z.string().min(2).max(5).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.array(sourceSchema);

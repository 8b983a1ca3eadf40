import { z } from 'zod';
import { partialDate } from './common.ts';

/** Settings of the whole site that an editor changes by hand (data/site.json). */
export const siteSchema = z.strictObject({
  /**
   * The day the facts were last brought up to date (YYYY-MM-DD), shown as "Last updated" on the
   * story, /charts/, /map/ and every embed. The validator refuses a date earlier than the newest
   * dated event, claim, figure value or source.
   */
  lastUpdated: partialDate.refine((d) => d.length === 10, {
    message: 'is not a full day (expected YYYY-MM-DD, e.g. "2026-12-02")',
  }),
});

export type Site = z.infer<typeof siteSchema>;

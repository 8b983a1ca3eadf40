import { z } from 'zod';
import { REF_PATTERN } from '../lib/story/refs.ts';

/** Stable identifier used across data files: lower-case words joined by hyphens. */
export const kebabId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'a kebab-case id: lower-case letters, digits and hyphens, e.g. "parukh"',
  );

/** Source ids follow the fact base: S01, S61a, S177… */
export const sourceId = z.string().regex(/^S\d{2,3}[a-z]?$/, 'a source id such as "S01" or "S61a"');

/**
 * A web address (http or https). Links are written into pages as they are, so any other scheme —
 * `javascript:` above all, which would run when a reader clicks — is refused at validation.
 */
export const webUrl = z.url({ protocol: /^https?$/ });

/** The earliest and latest dates any record may carry (NKAO creation … today). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2026-12-31';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when y-m-d is a real calendar day (rejects 2022-02-30). */
function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A calendar date at day, month or year precision: "2022-04-15", "2022-04" or "2022".
 * The precision is the number of parts written, so editors never have to state it twice.
 */
export const partialDate = z.string().superRefine((value, ctx) => {
  const m = PARTIAL_DATE.exec(value);
  if (!m) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`,
    });
    return;
  }
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12 || !isRealDay(y, mo, d)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
    return;
  }
  if (value.padEnd(10, '-01').slice(0, 10) < DATE_MIN || value > DATE_MAX) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is out of range (expected between ${DATE_MIN} and ${DATE_MAX})`,
    });
  }
});

/** How precisely a partial date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The precision a partial date is written at. */
export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** A list of source ids, at least one. */
export const sourceList = z.array(sourceId).min(1, 'needs at least one source id');

/**
 * Our own words that may hold references (a summary, a takeaway), of `min` to `max` characters as
 * read. A text without references is measured here; one with references is measured by the
 * validator once they are expanded (src/lib/validate/checkRefs.ts), since only the data knows how
 * long "{figure:…}" reads: replacing a typed number with its reference never pushes a text over.
 */
export const textWithRefs = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .superRefine((value, ctx) => {
      if (new RegExp(REF_PATTERN.source).test(value) || value.length <= max) return;
      ctx.addIssue({
        code: 'custom',
        message: `is too long: ${value.length} characters (expected at most ${max})`,
      });
    });

/**
 * References that story text may contain, so names, dates and numbers come from data/ rather than
 * hand-typed copies:
 *
 * - `{place:stepanakert}`          the place's name (switchable between naming conventions)
 * - `{date:2022-04-15-seysulan-crossing}`  the event's date or span, e.g. "15 April 2022"
 * - `{actor:ru-mod}`               the actor's short name, e.g. "Russian MoD"
 * - `{figure:series-id}`           the series' latest value, e.g. "1,960"
 * - `{figure:series-id@2020-12-03}` the value reported on that date
 * - `{source:S01,S02}`             numbered note markers linking to the bibliography
 */
export const REF_PATTERN = /\{(place|date|actor|figure|source):([^}\s]+)\}/g;

export type RefKind = 'place' | 'date' | 'actor' | 'figure' | 'source';

/** One reference found in a text. */
export interface Ref {
  kind: RefKind;
  /** The id(s) after the colon, e.g. "stepanakert", "S01,S02", "series@2020-12-03". */
  target: string;
  /** The whole token as written. */
  token: string;
}

/** Lists the references in a text, in order. */
export function findRefs(text: string): Ref[] {
  return [...text.matchAll(REF_PATTERN)].map((m) => ({
    kind: m[1] as RefKind,
    target: m[2]!,
    token: m[0],
  }));
}

/** Tokens that look like references but are malformed, e.g. "{plase:parukh}" or "{place: parukh}". */
export function findMalformedRefs(text: string): string[] {
  const wellFormed = new Set(findRefs(text).map((r) => r.token));
  return [...text.matchAll(/\{[a-z-]+:[^}]*\}/g)]
    .map((m) => m[0])
    .filter((t) => !wellFormed.has(t));
}

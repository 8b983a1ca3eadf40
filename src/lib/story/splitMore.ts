/**
 * A step's Markdown body in two parts: the main text a reader needs while looking at the graphic,
 * and the detail after a line that holds exactly `<!-- more -->`, which the story shows as an
 * expandable block inside the step. Pure: no DOM, no data.
 */

/** The marker, on a line of its own, that ends a step's main text. */
export const MORE_MARKER = '<!-- more -->';

/** Main-text length a step should aim for, in words (see countWords). */
export const MAIN_TEXT_AIM_WORDS = 80;
/** Past this many words of main text the validator warns. */
export const MAIN_TEXT_WARN_WORDS = 110;

/** A step body split at its more marker. */
export interface StepTextParts {
  /** Everything before the marker (the whole body when there is none). */
  main: string;
  /** Everything after the marker; null when there is no marker or nothing follows it. */
  more: string | null;
}

const MARKER_LINE = /^[ \t]*<!-- more -->[ \t]*$/m;

/** Splits a step body at the first line that holds exactly `<!-- more -->` (spaces around allowed). */
export function splitMore(markdown: string): StepTextParts {
  const match = MARKER_LINE.exec(markdown);
  if (!match) return { main: markdown, more: null };
  const more = markdown.slice(match.index + match[0].length);
  return { main: markdown.slice(0, match.index), more: more.trim() ? more : null };
}

/** How many lines of a body are more markers (an editor should write one at most). */
export function countMoreMarkers(markdown: string): number {
  return markdown.match(new RegExp(MARKER_LINE.source, 'gm'))?.length ?? 0;
}

/** The body with its more-marker lines removed, e.g. to check the rest for stray HTML. */
export function withoutMoreMarkers(markdown: string): string {
  return markdown.replace(new RegExp(MARKER_LINE.source, 'gm'), '');
}

/**
 * Words a reader reads in a piece of step Markdown, estimated without the data: note markers
 * (`{source:…}`) count for nothing, a date reference for three words ("19 September 2023"), any
 * other reference (place, actor, figure) for one, and link targets and emphasis marks are ignored.
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\{source:[^}\s]+\}/g, ' ')
    .replace(/\{date:[^}\s]+\}/g, ' d d d ')
    .replace(/\{(?:place|actor|figure):[^}\s]+\}/g, ' w ')
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/[*_]/g, '');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

import type { NameMode } from './placeName.ts';

/**
 * The attribute that marks an element whose whole text the name switcher replaces with its
 * `data-<mode>` attribute (src/client/placeNames.ts). Story text uses `.pn` spans instead.
 */
export const NAMES_TEXT_ATTRIBUTE = 'data-names-text';

/**
 * Attributes that make an element's text follow the reader's naming convention: the marker and
 * one `data-<mode>` per convention given. A convention whose text equals English usage is left
 * out (the browser falls back to `data-en`): most descriptions differ in a name or two, and the
 * page carries dozens of them. Nothing when no text is given, so callers can spread the result.
 */
export function nameAttributes(texts: Partial<Record<NameMode, string>>): Record<string, string> {
  const entries = Object.entries(texts).filter(
    ([mode, text]) => text !== undefined && (mode === 'en' || text !== texts.en),
  );
  if (!entries.length) return {};
  return {
    [NAMES_TEXT_ATTRIBUTE]: '',
    ...Object.fromEntries(entries.map(([mode, text]) => [`data-${mode}`, text])),
  };
}

/**
 * The site's self-hosted fonts. The body serif is Source Serif 4, headings are Source Sans 3 Bold;
 * Armenian script (titles of
 * Armenian sources in the bibliography, and any an editor adds) falls back to Noto Sans Armenian.
 * Both ship from this site only, cut down at build to the characters the built pages use (see
 * src/integrations/subsetFonts.ts), one file per Unicode block as @fontsource splits them, so a
 * page downloads only the blocks its text needs.
 *
 * `font-display: optional`: the text never waits for a font and never reflows when one arrives
 * late (a swap would shift the page, and the story's budget is a CLS ≤ 0.02). A reader on a slow
 * first visit reads the fallback serif; the next page view uses the cached font.
 */
export interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  /** The @fontsource file (a woff2 already limited to one block) the subset is cut from. */
  source: string;
  /** The block that file covers, as in @fontsource's CSS; also the face's `unicode-range`. */
  unicodeRange: string;
  /**
   * Fetched early (`<link rel="preload">`), so it usually arrives within font-display: optional's
   * short wait: the Latin body and heading faces every page shows on its first screen.
   */
  preload?: boolean;
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
// Latin Extended: Azerbaijani Ə ə Ğ ğ İ Ş ş, Czech, Polish…
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const ARMENIAN = 'U+0308,U+0530-058F,U+2010,U+2024,U+25CC,U+FB13-FB17';

const serif = (block: string, range: string, style: 'normal' | 'italic'): FontFace => ({
  family: 'Source Serif 4',
  style,
  weight: 400,
  source: `@fontsource/source-serif-4/files/source-serif-4-${block}-400-${style}.woff2`,
  unicodeRange: range,
  preload: block === 'latin' && style === 'normal',
});

// Headings: Source Sans 3, the sans designed as Source Serif's companion (same proportions and
// x-height), in bold; in place of whatever sans-serif a reader's system had (DejaVu Sans Bold on
// Linux, wide and heavy beside the serif).
const headingSans = (block: string, range: string): FontFace => ({
  family: 'Source Sans 3',
  style: 'normal',
  weight: 700,
  source: `@fontsource/source-sans-3/files/source-sans-3-${block}-700-normal.woff2`,
  unicodeRange: range,
  preload: block === 'latin',
});

export const fontFaces: readonly FontFace[] = [
  serif('latin', LATIN, 'normal'),
  serif('latin-ext', LATIN_EXT, 'normal'),
  serif('cyrillic', CYRILLIC, 'normal'),
  serif('latin', LATIN, 'italic'),
  serif('latin-ext', LATIN_EXT, 'italic'),
  serif('cyrillic', CYRILLIC, 'italic'),
  headingSans('latin', LATIN),
  headingSans('latin-ext', LATIN_EXT),
  {
    family: 'Noto Sans Armenian',
    style: 'normal',
    weight: 400,
    source: '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2',
    unicodeRange: ARMENIAN,
  },
];

/** The file name of `face` in the site's fonts/ folder (before the build adds a content hash). */
export function fontFile(face: FontFace): string {
  return face.source.split('/').pop()!;
}

/**
 * The address pages use for `face` on a site under base path `base` (Astro's BASE_URL); after the
 * build, src/integrations/subsetFonts.ts adds a content hash.
 */
export function fontPath(face: FontFace, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}fonts/${fontFile(face)}`;
}

/** The @font-face rules for every face, its files under base path `base`. */
export function fontFaceCss(faces: readonly FontFace[] = fontFaces, base = '/'): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};` +
        `font-display:optional;src:url(${fontPath(f, base)}) format('woff2');unicode-range:${f.unicodeRange}}`,
    )
    .join('');
}

/** Parses a CSS `unicode-range` list into inclusive [from, to] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const a = parseInt(from!, 16);
    const b = to === undefined ? a : parseInt(to, 16);
    if (!Number.isFinite(a) || !Number.isFinite(b) || b < a)
      throw new Error(`bad unicode-range part: ${part}`);
    return [a, b];
  });
}

/** The code points of `used` that fall in `range`, in ascending order. */
export function codePointsInRange(used: Iterable<number>, range: string): number[] {
  const spans = parseUnicodeRange(range);
  return [...new Set(used)]
    .filter((cp) => spans.some(([a, b]) => cp >= a && cp <= b))
    .sort((x, y) => x - y);
}

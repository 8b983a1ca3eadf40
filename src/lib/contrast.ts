/**
 * WCAG 2.x colour contrast, for checking the design tokens: relative luminance of sRGB colours,
 * the contrast ratio between two, and the colour a translucent fill shows over its background.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 * @see https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb`; anything else is an error naming the value received. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rgb or #rrggbb colour: "${hex}"`);
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** Relative luminance, 0 (black) to 1 (white), with the WCAG 2.x linearisation. */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === 'string' ? parseHex(color) : color).map((c) => {
    const s = c / 255;
    // WCAG 2.x prints 0.03928; the sRGB standard's 0.04045 gives the same result for 8-bit values.
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour `color` at `opacity` shows over `background` (plain alpha compositing in sRGB). */
export function over(color: string | Rgb, opacity: number, background: string | Rgb): Rgb {
  const fg = typeof color === 'string' ? parseHex(color) : color;
  const bg = typeof background === 'string' ? parseHex(background) : background;
  return fg.map((c, i) => Math.round(c * opacity + bg[i]! * (1 - opacity))) as unknown as Rgb;
}

import type { StaticMapOutput } from '../../map/build/staticMap.ts';
import { palette } from '../../styles/tokens.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { mapSvg } from './mapSvg.ts';
import { shareImageSize } from './sharePath.ts';
import { wrapLines } from './wrapLines.ts';

/** What a share card says and, for chapters, shows. */
export interface ShareCardInput {
  /** The chapter's or chart's title, set large. */
  title: string;
  /** Small line above the title, e.g. "Chapter 3 · 2020". */
  kicker?: string;
  /** The chapter's summary or the chart's takeaway. */
  text: string;
  /** The chapter's first map (renderStaticMap), drawn on the card's right; charts have none. */
  map?: StaticMapOutput;
}

export const shareCardDefaults = {
  brand: 'Karabakh, explained',
  /** One family, installed on the build machine (Debian fonts-dejavu-core), so rasters match. */
  fontFamily: 'DejaVu Sans',
  margin: 56,
  /** Width of the map panel on chapter cards, px. */
  mapWidth: 560,
  /** Average glyph width as a share of the font size, for wrapping (DejaVu Sans, bold ≈ 0.62). */
  boldEm: 0.62,
  regularEm: 0.55,
} as const;

/** Text lines as one <text> element of <tspan>s, 1.2 font sizes apart. */
function textBlock(lines: string[], x: number, y: number, size: number, attrs: string): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}" y="${y + i * size * 1.2}">${escapeHtml(l)}</tspan>`)
    .join('');
  return `<text font-size="${size}" ${attrs}>${spans}</text>`;
}

/**
 * The 1200×630 share card as an SVG string: the brand, the title and a sentence on the left (or
 * across, without a map), the chapter's map on the right. Colours are the light theme's.
 */
export function shareCardSvg(input: ShareCardInput): string {
  const o = shareCardDefaults;
  const c = palette.light;
  const { width, height } = shareImageSize;
  const textWidth = (input.map ? width - o.mapWidth : width) - 2 * o.margin;
  const titleSize = input.map ? 56 : 64;
  const bodySize = input.map ? 26 : 30;
  const title = wrapLines(input.title, Math.floor(textWidth / (titleSize * o.boldEm)), 3);
  const titleY = 250;
  const bodyY = titleY + title.length * titleSize * 1.2 + 24;
  const bodyLines = Math.max(1, Math.floor((height - o.margin - bodyY) / (bodySize * 1.3)));
  const body = wrapLines(input.text, Math.floor(textWidth / (bodySize * o.regularEm)), bodyLines);
  const map = input.map
    ? `<svg x="${width - o.mapWidth}" y="0" width="${o.mapWidth}" height="${height}" ` +
      `viewBox="0 0 ${input.map.width} ${input.map.height}" preserveAspectRatio="xMidYMid slice">` +
      `${mapSvg(input.map, c)}</svg>`
    : '';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${o.fontFamily}">`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    map,
    `<rect width="12" height="${height}" fill="${c.accent}"/>`,
    textBlock([o.brand], o.margin, o.margin + 40, 34, `font-weight="700" fill="${c.accent}"`),
    input.kicker
      ? textBlock([input.kicker], o.margin, 180, 24, `font-weight="700" fill="${c.muted}"`)
      : '',
    textBlock(title, o.margin, titleY, titleSize, `font-weight="700" fill="${c.text}"`),
    textBlock(body, o.margin, bodyY, bodySize, `fill="${c.text}"`),
    '</svg>',
  ];
  return parts.join('');
}

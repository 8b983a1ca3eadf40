/**
 * The palette meets WCAG 2.x contrast in both themes, computed from the real tokens: text at
 * 4.5:1 (1.4.3) and the graphics that carry meaning — lines, area outlines, markers, legend
 * swatches (edged in the outline colour), chart marks and the focus ring — at 3:1 against what
 * they are drawn on (1.4.11). Exempt, as WCAG allows: the translucent area fills (their outline
 * carries the boundary), country land (context, edged by the border) and chart gridlines.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { layers } from '../../src/map/shared/layers.ts';
import { layerIds } from '../../src/schemas/layerIds.ts';
import { palette, type ColorToken, type Theme } from '../../src/styles/tokens.ts';

const TEXT = 4.5;
const GRAPHIC = 3;

export interface Pair {
  what: string;
  fg: ColorToken;
  on: ColorToken;
  min: number;
}

/** What the maps stroke: every layer's line or outline colour, from the registry, and markers. */
const mapStrokes: Pick<Pair, 'what' | 'fg'>[] = [
  ...layerIds
    .filter((id) => id !== 'districts')
    .map((id) => ({ what: layers[id].label, fg: layers[id].lineColor ?? layers[id].color })),
  // Districts are coloured by status in mapStyle.ts, not by the registry colour alone.
  { what: 'district handed over', fg: 'districtHanded' },
  { what: 'district taken in the war', fg: 'districtTaken' },
  { what: 'place marker', fg: 'place' },
  { what: 'highlighted place marker', fg: 'placeHighlight' },
];

/** Chart series colours: also the colour of their end labels, so they are held to text contrast. */
const chartSeries = [
  'chartArmenia',
  'chartAzerbaijan',
  'chartRussia',
  'chartIndependent',
  'placeHighlight',
] as const;

/** Backgrounds of the page: charts and legends sit on the page or on a step's card. */
const pageGrounds = ['bg', 'surface'] as const;

export const pairs: Pair[] = [
  ...(['text', 'muted', 'accent'] as const).flatMap((fg) =>
    pageGrounds.map((on) => ({ what: `${fg} text`, fg, on, min: TEXT })),
  ),
  // Map labels: text with a halo of the page colour, over the land.
  { what: 'place label', fg: 'place', on: 'halo', min: TEXT },
  { what: 'place label', fg: 'place', on: 'land', min: TEXT },
  ...mapStrokes.map((s) => ({ ...s, what: `map: ${s.what}`, on: 'land' as const, min: GRAPHIC })),
  ...mapStrokes.flatMap((s) =>
    pageGrounds.map((on) => ({ ...s, what: `legend swatch: ${s.what}`, on, min: GRAPHIC })),
  ),
  ...chartSeries.flatMap((fg) =>
    pageGrounds.map((on) => ({ what: `chart series and label`, fg, on, min: TEXT })),
  ),
  ...pageGrounds.map((on) => ({
    what: 'chart axes, reference lines, neutral dots',
    fg: 'chartReference' as const,
    on,
    min: GRAPHIC,
  })),
  ...pageGrounds.map((on) => ({ what: 'focus ring', fg: 'focus' as const, on, min: GRAPHIC })),
];

/** WCAG contrast of a pair in a theme. */
export function ratio(p: Pair, theme: Theme): number {
  return contrastRatio(palette[theme][p.fg], palette[theme][p.on]);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`the ${theme} palette`, () => {
    it.each(pairs.map((p) => [`${p.what}: ${p.fg} on ${p.on}`, p] as const))(
      'meets WCAG contrast for %s',
      (_name, p) => {
        const colors = palette[theme];
        expect(
          ratio(p, theme),
          `${p.fg} ${colors[p.fg]} on ${p.on} ${colors[p.on]}`,
        ).toBeGreaterThanOrEqual(p.min);
      },
    );
  });
}

/**
 * Design tokens shared by CSS (injected as custom properties by the base layout), the build-time
 * SVG maps and charts, and the MapLibre style. Colours follow the Okabe–Ito palette so categories
 * stay distinguishable for readers with colour-vision deficiencies; every theme has its own set.
 */
export const palette = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    text: '#1b1d1f',
    muted: '#555a60',
    rule: '#d9d5cc',
    accent: '#0b5cad',
    focus: '#0b5cad',
    land: '#f1eee6',
    // Neighbouring states in distinct, neutral tints (none of them a side's colour): context only,
    // edged by the border line, so exempt from the contrast rules.
    landAzerbaijan: '#e7eadf',
    landArmenia: '#f1e6d6',
    landGeorgia: '#e4e7ee',
    landIran: '#eee4e7',
    landRussia: '#e9e8e4',
    landTurkey: '#efeadc',
    border: '#8d877a',
    water: '#b7d0e3',
    // Lines and outlines are kept at 3:1 against the land (WCAG 1.4.11); the translucent fills
    // need not be, since their outline carries the boundary. See tests/unit/paletteContrast.
    waterLine: '#6089a9',
    // Roads: a warm grey apart from the borders' and the story's colours, still 3:1 on the land.
    road: '#8a7b66',
    held19942020: '#e69f00',
    held19942020Line: '#b17a00',
    held20202023: '#b36b00',
    nkao: '#2b2b2b',
    loc1994: '#0072b2',
    loc2020: '#d55e00',
    districtHanded: '#00986e',
    districtTaken: '#7b5ea7',
    corridor: '#cc79a7',
    corridorLine: '#b86d96',
    place: '#1b1d1f',
    // Darker than loc2020's orange: it also colours highlighted chart labels, which are text.
    placeHighlight: '#bb5300',
    halo: '#fbfaf7',
    // Charts: one colour per side, from the map's hues (Armenian-held orange, the blue of districts
    // Azerbaijan retook, the peacekeepers' corridor purple), darkened to 4.5:1 on the background so
    // they also work as text. Orange against blue stays distinct for every common colour-vision type.
    chartArmenia: '#a65b00',
    chartAzerbaijan: '#0068a8',
    chartRussia: '#a3487e',
    chartIndependent: '#5f646a',
    chartGrid: '#e3dfd5',
    chartReference: '#8d877a',
  },
  dark: {
    bg: '#121416',
    surface: '#1b1e21',
    text: '#eceae5',
    muted: '#a9adb2',
    rule: '#3a3f45',
    accent: '#7cb8f0',
    focus: '#7cb8f0',
    land: '#24282c',
    landAzerbaijan: '#222a24',
    landArmenia: '#352d24',
    landGeorgia: '#242932',
    landIran: '#2d272b',
    landRussia: '#292a2c',
    landTurkey: '#2c2b25',
    border: '#7b8189',
    water: '#1f3a4f',
    waterLine: '#4f7fa3',
    road: '#8c8373',
    held19942020: '#f0b443',
    held19942020Line: '#f0b443',
    held20202023: '#ffcf70',
    nkao: '#e6e6e6',
    loc1994: '#56b4e9',
    loc2020: '#ff8a3d',
    districtHanded: '#2fd3a0',
    districtTaken: '#b79ce0',
    corridor: '#e79bc5',
    corridorLine: '#e79bc5',
    place: '#eceae5',
    placeHighlight: '#ff8a3d',
    halo: '#121416',
    chartArmenia: '#f0b443',
    chartAzerbaijan: '#6cc0f0',
    chartRussia: '#e79bc5',
    chartIndependent: '#b4b8bd',
    chartGrid: '#30353a',
    chartReference: '#8a9098',
  },
} as const;

export type Theme = keyof typeof palette;
export type ColorToken = keyof (typeof palette)['light'];

/** Converts camelCase token names to CSS custom property names: held19942020 → --color-held-19942020. */
export function cssVarName(token: string): string {
  return `--color-${token.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;
}

/** CSS declarations for one theme: "--color-bg: #fbfaf7; …". */
export function themeDeclarations(theme: Theme): string {
  return Object.entries(palette[theme])
    .map(([k, v]) => `${cssVarName(k)}: ${v};`)
    .join(' ');
}

/**
 * CSS giving a legend key its colours from `data-key-color="<token>"` (`--key`, the fill) and
 * `data-key-line="<token>"` (`--key-line`, its edge): set by rules, not
 * a `style` attribute, because the Content-Security-Policy allows no inline style attributes.
 * Only for the tokens given (the legend colours), not the whole palette, to keep pages small.
 */
export function keyColorRules(tokens: readonly ColorToken[]): string {
  return tokens
    .map(
      (token) =>
        `[data-key-color="${token}"]{--key:var(${cssVarName(token)})}` +
        `[data-key-line="${token}"]{--key-line:var(${cssVarName(token)})}`,
    )
    .join('');
}

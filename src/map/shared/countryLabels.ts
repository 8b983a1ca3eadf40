/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 * Picks where to name the countries in a view: for each, the candidate point deepest inside the
 * country and clearest of the frame, the places and the other country names.
 */

/**
 * A candidate label point: [lon, lat, km to its country's border], and where an area the maps
 * may draw over the country (the areas held by the Armenian side) is near, km to it by the
 * area's layer id, 0 inside it.
 */
export type CountryLabelPoint =
  | readonly [number, number, number]
  | readonly [number, number, number, Readonly<Record<string, number>>];

/** A country's candidate label points. */
export interface CountryLabelCandidates {
  iso: string;
  name: string;
  points: readonly CountryLabelPoint[];
}

/** A placed country name, in screen space (the centre of the text). */
export interface PlacedCountryLabel {
  iso: string;
  name: string;
  x: number;
  y: number;
}

/** Options of {@link placeCountryLabels}. */
export interface CountryLabelOptions {
  width: number;
  height: number;
  /** Screen points to keep clear of (places and their labels). */
  avoid: readonly { x: number; y: number }[];
  /** Screen boxes a name must not touch (what covers the map: a legend, an inset, a card). */
  covered: readonly { x0: number; y0: number; x1: number; y1: number }[];
  fontSize: number;
  /** Letters are spaced out: width of one capital as a share of the font size. */
  charWidth: number;
  /** Least clearance, px, for a name to be drawn at all. */
  minClear: number;
  /**
   * Layer ids of the areas drawn in this view: a name keeps out of them as out of a border, so
   * AZERBAIJAN is never printed on the area held by the Armenian side, where a reader would take
   * that area's colour for Azerbaijan's.
   */
  areas: ReadonlySet<string>;
}

export const countryLabelDefaults = {
  fontSize: 12,
  charWidth: 0.78,
  minClear: 18,
} as const;

/**
 * Places country names for a view. `project` maps lon/lat to screen px (d3 projection at build
 * time, MapLibre's map.project in the browser), so both renderers pick the same spots.
 */
export function placeCountryLabels(
  countries: readonly CountryLabelCandidates[],
  project: (lonLat: [number, number]) => { x: number; y: number } | null,
  options: Partial<CountryLabelOptions> & Pick<CountryLabelOptions, 'width' | 'height'>,
): PlacedCountryLabel[] {
  const o = { ...countryLabelDefaults, avoid: [], covered: [], areas: new Set(), ...options };
  const placed: PlacedCountryLabel[] = [];
  // Scale: px per km near the middle of the view, from two projected points 0.1° apart.
  const pxPerKm = (lon: number, lat: number) => {
    const a = project([lon, lat]);
    const b = project([lon, lat + 0.1]);
    return a && b ? Math.hypot(b.x - a.x, b.y - a.y) / 11.1 : 0;
  };
  for (const country of countries) {
    const text = country.name.toUpperCase();
    const halfW = (text.length * o.fontSize * o.charWidth) / 2;
    const halfH = o.fontSize * 0.7;
    let best: { x: number; y: number; score: number } | null = null;
    for (const [lon, lat, depthKm, near] of country.points) {
      const areaKm = Math.min(
        ...Object.entries(near ?? {}).map(([id, km]) => (o.areas.has(id) ? km : Infinity)),
      );
      if (areaKm === 0) continue;
      const p = project([lon, lat]);
      if (!p) continue;
      const edge = Math.min(
        p.x - halfW,
        o.width - p.x - halfW,
        p.y - halfH,
        o.height - p.y - halfH,
      );
      if (edge < 4) continue;
      const hidden = o.covered.some(
        (b) => p.x - halfW < b.x1 && b.x0 < p.x + halfW && p.y - halfH < b.y1 && b.y0 < p.y + halfH,
      );
      if (hidden) continue;
      const inside = Math.min(depthKm, areaKm) * pxPerKm(lon, lat);
      let clear = Math.min(edge + 8, inside);
      for (const a of o.avoid)
        clear = Math.min(
          clear,
          Math.max(Math.abs(a.x - p.x) - halfW, Math.abs(a.y - p.y) - halfH) + 4,
        );
      for (const q of placed) clear = Math.min(clear, Math.hypot(q.x - p.x, q.y - p.y) - 2 * halfW);
      if (clear >= o.minClear && (!best || clear > best.score))
        best = { x: p.x, y: p.y, score: clear };
    }
    if (best) placed.push({ iso: country.iso, name: country.name, x: best.x, y: best.y });
  }
  return placed;
}

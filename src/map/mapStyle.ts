import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { palette, type ColorToken, type Theme } from '../styles/tokens.ts';
import { layerIds, layers, type LayerDef, type LayerId } from './layers.ts';

/** Options of {@link buildMapStyle}. */
export interface MapStyleOptions {
  /** The site's base path (Astro's `import.meta.env.BASE_URL`); GeoJSON is served under it. */
  baseUrl: string;
  /** Outline width of fills that have no `strokeWidth` in the registry, px. */
  outlineWidth: number;
}

export const mapStyleDefaults: MapStyleOptions = { baseUrl: '/', outlineWidth: 0.8 };

/** Id of the background layer, which is not a registry layer and is always shown. */
export const BACKGROUND_LAYER = 'background';

/**
 * MapLibre cannot dash or widen a fill's own outline, so every fill layer gets a line layer
 * "<id>-outline" drawn just above it; both are shown and hidden together.
 */
export function styleLayerIds(id: LayerId): string[] {
  return layers[id].kind === 'fill' ? [id, `${id}-outline`] : [id];
}

/** Where the browser loads a registry layer's GeoJSON: from the site itself, never a tile host. */
export function geoUrl(file: string, baseUrl: string = mapStyleDefaults.baseUrl): string {
  return `${baseUrl.replace(/\/?$/, '/')}geo/${file}`;
}

/**
 * A layer's colour; a layer with variants (districts: handed over by agreement, or taken in the
 * war) is coloured by each feature's `status`, the layer's own colour for any other.
 */
function colorOf(def: LayerDef, token: ColorToken, theme: Theme): string | ExpressionSpecification {
  const colors = palette[theme];
  const pairs = (def.variants ?? [])
    .filter((v) => v.color !== token)
    .flatMap((v) => [v.status, colors[v.color]]);
  if (pairs.length === 0) return colors[token];
  return [
    'match',
    ['get', 'status'],
    ...pairs,
    colors[token],
  ] as unknown as ExpressionSpecification;
}

const polygonsOnly: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Stroke paint shared by line layers and fill outlines. Dashes are in px in the registry. */
function linePaint(def: LayerDef, theme: Theme, width: number): LineLayerSpecification['paint'] {
  // The registry's darker companion for strokes, as StaticMap.astro uses: land is edged with the
  // border colour, rivers drawn in the water-line colour, light fills edged darker.
  const token = def.lineColor ?? def.color;
  return {
    'line-color': colorOf(def, token, theme),
    'line-width': width,
    // MapLibre measures dashes in line widths, the registry (like SVG) in px.
    ...(def.dash ? { 'line-dasharray': def.dash.map((d) => d / width) } : {}),
  };
}

/** The style layers for one registry layer, hidden until a step shows them. */
function layersFor(def: LayerDef, theme: Theme, o: MapStyleOptions): LayerSpecification[] {
  const hidden = { visibility: 'none' } as const;
  if (def.kind === 'line') {
    const line: LineLayerSpecification = {
      id: def.id,
      type: 'line',
      source: def.id,
      layout: { ...hidden, 'line-join': 'round' },
      paint: linePaint(def, theme, def.strokeWidth ?? 1),
    };
    return [line];
  }
  const fill: FillLayerSpecification = {
    id: def.id,
    type: 'fill',
    source: def.id,
    // Some fill files also carry a route line (the corridor); fills draw only the areas.
    filter: polygonsOnly,
    layout: hidden,
    paint: { 'fill-color': colorOf(def, def.color, theme), 'fill-opacity': def.opacity ?? 1 },
  };
  const outline: LineLayerSpecification = {
    id: `${def.id}-outline`,
    type: 'line',
    source: def.id,
    filter: polygonsOnly,
    layout: { ...hidden, 'line-join': 'round' },
    paint: linePaint(def, theme, def.strokeWidth ?? o.outlineWidth),
  };
  return [fill, outline];
}

/**
 * Builds the MapLibre style for a theme from the layer registry and the palette: one GeoJSON
 * source per registry layer, served by the site under /geo/, every layer hidden at first.
 * No glyphs, sprite or symbol layers: place labels are DOM text, so Armenian and Azerbaijani
 * spellings use the page's fonts and screen readers can read them.
 * @see https://maplibre.org/maplibre-style-spec/
 */
export function buildMapStyle(
  theme: Theme,
  options: Partial<MapStyleOptions> = {},
): StyleSpecification {
  const o = { ...mapStyleDefaults, ...options };
  const defs = layerIds.map((id) => layers[id]);
  return {
    version: 8,
    name: `Karabakh, explained (${theme})`,
    sources: Object.fromEntries(
      defs.map((def) => [def.id, { type: 'geojson', data: geoUrl(def.file, o.baseUrl) }]),
    ),
    layers: [
      {
        id: BACKGROUND_LAYER,
        type: 'background',
        paint: { 'background-color': palette[theme].water },
      },
      ...defs.flatMap((def) => layersFor(def, theme, o)),
    ],
  };
}

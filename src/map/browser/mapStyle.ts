import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { palette, type ColorToken, type Theme } from '../../styles/tokens.ts';
import { layers, type LayerDef } from '../shared/layers.ts';
import { layerPaint, type LayerPaint } from '../shared/layerPaint.ts';
import { layerIds, type LayerId } from '../../schemas/layerIds.ts';
import {
  ANNOTATION_LEGEND,
  ARROW_WIDTH,
  ROUTE_STYLES,
  annotationColor,
  type AnnotationKey,
} from '../shared/annotations.ts';

/** Options of {@link buildMapStyle}. */
export interface MapStyleOptions {
  /** The site's base path (Astro's `import.meta.env.BASE_URL`); GeoJSON is served under it. */
  baseUrl: string;
}

export const mapStyleDefaults: MapStyleOptions = { baseUrl: '/' };

/** Id of the background layer, which is not a registry layer and is always shown. */
export const BACKGROUND_LAYER = 'background';

/**
 * MapLibre cannot dash or widen a fill's own outline, so every fill layer gets a line layer
 * "<id>-outline" drawn just above it. A layer whose variants differ in colour (the districts:
 * handed over, or taken in the war) gets one fill and one outline per such variant,
 * "<id>--<status>" and "<id>-outline--<status>", each a constant colour with a filter. All are
 * shown and hidden together.
 *
 * Why not one layer coloured by a `match` on `status`: a data-driven colour makes MapLibre build
 * another shader program the first time the layer is drawn. Under software WebGL (SwiftShader)
 * that compile froze the story for 0.57–0.84 s as the districts step flew in; constant colours
 * reuse the programs the other layers already compiled.
 */
export function styleLayerIds(id: LayerId): string[] {
  const def = layers[id];
  const apart = (edge: boolean) => variantsApart(def, edge).map((v) => v.status);
  if (def.kind === 'line') return [id, ...apart(true).map((status) => variantLayerId(id, status))];
  const outline = `${id}-outline`;
  return [
    id,
    ...apart(false).map((status) => variantLayerId(id, status)),
    outline,
    ...apart(true).map((status) => variantLayerId(outline, status)),
  ];
}

/** The style layer drawing one variant of `base`. */
function variantLayerId(base: string, status: string): string {
  return `${base}--${status}`;
}

/** The colour a paint gives a fill, or for lines and outlines (`edge`) a stroke. */
const paintColor = (paint: LayerPaint, edge: boolean): ColorToken =>
  edge ? paint.stroke : (paint.fill ?? paint.stroke);

/**
 * The variants painted in another colour than the layer's other features (see layerPaint): in
 * their fill colour, or for lines and outlines (`edge`) their stroke.
 */
function variantsApart(def: LayerDef, edge: boolean): NonNullable<LayerDef['variants']> {
  const base = paintColor(layerPaint(def), edge);
  return (def.variants ?? []).filter((v) => paintColor(layerPaint(def, v.status), edge) !== base);
}

/** Where the browser loads a registry layer's GeoJSON: from the site itself, never a tile host. */
export function geoUrl(file: string, baseUrl: string = mapStyleDefaults.baseUrl): string {
  return `${baseUrl.replace(/\/?$/, '/')}geo/${file}`;
}

const polygonsOnly: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Features of `status` only (read from the layer's `variantBy` property). */
const hasStatus = (status: string, by: string): ExpressionSpecification => [
  '==',
  ['get', by],
  status,
];

/** Features whose status is none of `statuses` (or that have none); null: no filter needed. */
const lacksStatus = (statuses: string[], by: string): ExpressionSpecification | null =>
  statuses.length === 0
    ? null
    : // A feature without a status reads as '' so `match` sees a string.
      ([
        'match',
        ['coalesce', ['get', by], ''],
        statuses,
        false,
        true,
      ] as unknown as ExpressionSpecification);

/** Stroke paint shared by line layers and fill outlines. Dashes are in px in the registry. */
function linePaint(paint: LayerPaint, color: string): LineLayerSpecification['paint'] {
  const width = paint.strokeWidth;
  return {
    'line-color': color,
    'line-width': width,
    // MapLibre measures dashes in line widths, the registry (like SVG) in px.
    ...(paint.dash ? { 'line-dasharray': paint.dash.map((d) => d / width) } : {}),
  };
}

/** The style layers for one registry layer, hidden until a step shows them. */
function layersFor(def: LayerDef, theme: Theme): LayerSpecification[] {
  const colors = palette[theme];
  const hidden = { visibility: 'none' } as const;
  const paint = layerPaint(def);
  // The base layer draws every feature not drawn by a variant layer of a different colour.
  const by = def.variantBy ?? 'status';
  const split = (base: string, edge: boolean) => {
    const apart = variantsApart(def, edge);
    return [
      {
        id: base,
        color: colors[paintColor(paint, edge)],
        filter: lacksStatus(
          apart.map((v) => v.status),
          by,
        ),
      },
      ...apart.map((v) => ({
        id: variantLayerId(base, v.status),
        color: colors[paintColor(layerPaint(def, v.status), edge)],
        filter: hasStatus(v.status, by),
      })),
    ];
  };
  if (def.kind === 'line')
    return split(def.id, true).map(({ id, color, filter }): LineLayerSpecification => ({
      id,
      type: 'line',
      source: def.id,
      ...(filter ? { filter } : {}),
      layout: { ...hidden, 'line-join': 'round' },
      paint: linePaint(paint, color),
    }));
  // Some fill files also carry a route line (the corridor); fills draw only the areas.
  const only = (filter: ExpressionSpecification | null): ExpressionSpecification =>
    filter === null ? polygonsOnly : ['all', polygonsOnly, filter];
  const fills = split(def.id, false).map(({ id, color, filter }): FillLayerSpecification => ({
    id,
    type: 'fill',
    source: def.id,
    filter: only(filter),
    layout: hidden,
    paint: { 'fill-color': color, 'fill-opacity': paint.fillOpacity },
  }));
  // The registry's darker companion for strokes, as the static maps use: land is edged with the
  // border colour, light fills edged darker.
  const outlines = split(`${def.id}-outline`, true).map(
    ({ id, color, filter }): LineLayerSpecification => ({
      id,
      type: 'line',
      source: def.id,
      filter: only(filter),
      layout: { ...hidden, 'line-join': 'round' },
      paint: linePaint(paint, color),
    }),
  );
  return [...fills, ...outlines];
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
    sources: {
      ...Object.fromEntries(
        defs.map((def) => [def.id, { type: 'geojson', data: geoUrl(def.file, o.baseUrl) }]),
      ),
      // The current step's annotation lines, set by AnnotationLayer.
      annotations: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      {
        id: BACKGROUND_LAYER,
        type: 'background',
        paint: { 'background-color': palette[theme].water },
      },
      ...defs.flatMap((def) => layersFor(def, theme)),
      ...annotationLayers(theme),
    ],
  };
}

/**
 * One line layer per kind of annotation mark (routes, each side's arrows), filtered on the
 * feature's `key`: constant colours, like the registry layers, so no extra shader program.
 */
function annotationLayers(theme: Theme): LineLayerSpecification[] {
  const keys = (Object.keys(ANNOTATION_LEGEND) as AnnotationKey[]).filter(
    (k) => !k.startsWith('marker-'),
  );
  return keys.map((key) => {
    const route = ROUTE_STYLES[key as keyof typeof ROUTE_STYLES];
    const width = route?.width ?? ARROW_WIDTH;
    return {
      id: `annotation-${key}`,
      type: 'line',
      source: 'annotations',
      filter: ['==', ['get', 'key'], key],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': palette[theme][annotationColor(key)],
        'line-width': width,
        ...(route?.dash ? { 'line-dasharray': route.dash.map((d) => d / width) } : {}),
      },
    };
  });
}

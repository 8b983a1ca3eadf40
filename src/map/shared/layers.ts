/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 * The layer registry: how each layer a step can show (src/schemas/layerIds.ts, in drawing order)
 * is drawn and described. The live map's style (src/map/browser/mapStyle.ts), the static maps'
 * CSS (layerCss.ts), their legends (layerLegend.ts) and the share cards' SVG all read it through
 * layerPaint.ts, so a layer's look is written down once.
 */
import type { ColorToken } from '../../styles/tokens.ts';
import type { LayerId } from '../../schemas/layerIds.ts';

/** How a layer is drawn and described, both in the static SVG and in MapLibre. */
export interface LayerDef {
  id: LayerId;
  /** File in data/geometry/ holding the features. */
  file: string;
  kind: 'fill' | 'line';
  /** Legend text. */
  label: string;
  color: ColorToken;
  /**
   * Colour of a fill's outline (or of a line drawn over water), when `color` is too light to edge
   * the area at 3:1 against the land; defaults to `color`.
   */
  lineColor?: ColorToken;
  /** Fill opacity for fills; defaults to {@link layerDefaults}.opacity. */
  opacity?: number;
  /** Stroke dash pattern in px, for lines and outlines. */
  dash?: readonly number[];
  /** Width of the line, or of a fill's outline, px; defaults to {@link layerDefaults}.strokeWidth. */
  strokeWidth?: number;
  /**
   * A context layer (land, rivers): named on the map or plain to see, so no static map keys it in
   * its legend; the static maps draw it in whole pixels (it is most of every map's bytes).
   */
  context?: boolean;
  /**
   * Static maps keep a point only where the line bends by more than this many pixels; defaults to
   * 1 for context layers and 0.5 for the story's own lines and areas.
   */
  detailPx?: number;
  /**
   * A context layer keyed in the legend all the same: roads are neither named on the map nor
   * plain to see, and a thin grey line could be taken for a boundary.
   */
  inLegend?: boolean;
  /** Whether this layer's shapes are drawn by us rather than taken from a dataset. */
  approximate: boolean;
  /** Shown in the legend when approximate. */
  approximateNote?: string;
  /**
   * Features coloured by their `status` property, each with its own legend entry (so a reader
   * can tell which colour means what); features of another status take `color`.
   */
  variants?: readonly LayerVariant[];
  /** The feature property that picks a variant; defaults to `status`. */
  variantBy?: string;
  /** False for context layers whose variants need no legend entry (the country tints). */
  variantsInLegend?: boolean;
}

/** A class of a layer's features, picked by the feature's `status` property. */
export interface LayerVariant {
  status: string;
  /** Legend text, after the layer's own label. */
  label: string;
  color: ColorToken;
  /** Outline colour of this variant; defaults to `color`. */
  lineColor?: ColorToken;
}

/** What a layer takes when the registry says nothing: SVG's own defaults. */
export const layerDefaults = { strokeWidth: 1, opacity: 1 } as const;

/** The layer registry: every id of src/schemas/layerIds.ts, and only those (type-checked). */
export const layers: { readonly [Id in LayerId]: LayerDef & { id: Id } } = {
  countries: {
    id: 'countries',
    file: 'countries.geojson',
    kind: 'fill',
    label: 'Countries',
    color: 'land',
    lineColor: 'border',
    // Thinner than the story's own areas: borders are context here.
    strokeWidth: 0.8,
    context: true,
    approximate: false,
    // Each neighbour its own neutral tint, so Armenia and Azerbaijan read apart at a glance.
    variantBy: 'iso',
    variantsInLegend: false,
    variants: [
      { status: 'AM', label: 'Armenia', color: 'landArmenia', lineColor: 'border' },
      { status: 'AZ', label: 'Azerbaijan', color: 'landAzerbaijan', lineColor: 'border' },
      { status: 'GE', label: 'Georgia', color: 'landGeorgia', lineColor: 'border' },
      { status: 'IR', label: 'Iran', color: 'landIran', lineColor: 'border' },
      { status: 'RU', label: 'Russia', color: 'landRussia', lineColor: 'border' },
      { status: 'TR', label: 'Turkey', color: 'landTurkey', lineColor: 'border' },
    ],
  },
  water: {
    id: 'water',
    file: 'water.geojson',
    kind: 'line',
    label: 'Rivers and lakes',
    color: 'water',
    lineColor: 'waterLine',
    context: true,
    approximate: false,
  },
  // Context for zoomed-in views only: src/map/shared/contextLayers.ts adds it to a step's layers.
  roads: {
    id: 'roads',
    file: 'roads.geojson',
    kind: 'line',
    // The data's date is said: the 2022 replacement of the corridor road is not in it.
    label: 'Main roads, as mapped in 2016',
    color: 'road',
    strokeWidth: 1.2,
    context: true,
    // Natural Earth draws roads at 1:10m, straight between towns: 3 px loses nothing it has.
    detailPx: 3,
    inLegend: true,
    approximate: false,
  },
  'held-1994-2020': {
    id: 'held-1994-2020',
    file: 'held-1994-2020.geojson',
    kind: 'fill',
    label: 'Held by Armenian forces, 1994–2020',
    color: 'held19942020',
    lineColor: 'held19942020Line',
    opacity: 0.28,
    approximate: false,
  },
  'held-2020-2023': {
    id: 'held-2020-2023',
    file: 'held-2020-2023.geojson',
    kind: 'fill',
    label: 'Left to the Armenian side, Nov 2020 – Sep 2023',
    color: 'held20202023',
    opacity: 0.38,
    approximate: true,
    approximateNote:
      'derived by us from the 2020 line and the 1991 oblast boundary, corrected to sourced control points',
  },
  districts: {
    id: 'districts',
    file: 'districts.geojson',
    kind: 'fill',
    label: 'Districts around the former NKAO',
    color: 'districtTaken',
    variants: [
      {
        status: 'handed-over',
        label: 'handed over under the Nov 2020 statement',
        color: 'districtHanded',
      },
      {
        status: 'taken-in-war-2020',
        label: 'taken in the 2020 war',
        color: 'districtTaken',
      },
    ],
    // Outlines only: the districts are always drawn with another area (held 1994–2020 under
    // them, left to the Armenian side 2020–23 over them), and a second translucent tint blended
    // into colours that matched no swatch; the legend's swatch is an outline too.
    opacity: 0,
    strokeWidth: 2.5,
    approximate: true,
    approximateNote: 'district outlines trimmed by us to the former NKAO boundary',
  },
  'nkao-1991': {
    id: 'nkao-1991',
    file: 'nkao-1991.geojson',
    kind: 'line',
    label: 'Nagorno-Karabakh Autonomous Oblast, c. 1991',
    color: 'nkao',
    dash: [4, 3],
    strokeWidth: 1.5,
    approximate: false,
  },
  'loc-1994': {
    id: 'loc-1994',
    file: 'loc-1994.geojson',
    kind: 'line',
    label: 'Line of contact, 1994–2020',
    color: 'loc1994',
    strokeWidth: 2.5,
    dash: [6, 3],
    approximate: false,
  },
  'loc-2020': {
    id: 'loc-2020',
    file: 'loc-2020.geojson',
    kind: 'line',
    label: 'Line of contact from 10 Nov 2020',
    color: 'loc2020',
    strokeWidth: 2.5,
    approximate: true,
    approximateNote:
      'Natural Earth’s line, corrected by us around Shusha/Shushi, Talish and Madaghis',
  },
  'lachin-corridor': {
    id: 'lachin-corridor',
    file: 'lachin-corridor.geojson',
    kind: 'fill',
    label: 'Lachin corridor (5 km wide), 2020–2022',
    color: 'corridor',
    lineColor: 'corridorLine',
    opacity: 0.45,
    // Dashed: the band is our drawing, not a surveyed boundary.
    dash: [3, 2],
    approximate: true,
    approximateNote: 'drawn by us along straight segments between towns',
  },
};

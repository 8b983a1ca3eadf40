/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 */
import type { ColorToken } from '../../styles/tokens.ts';
import { layerDefaults, type LayerDef } from './layers.ts';

/**
 * How one layer, or one variant of it, is painted: colour tokens and px, the same for the static
 * SVG's CSS, the share card's attributes, the MapLibre style and the legend swatches.
 */
export interface LayerPaint {
  /** Fill colour; null for a line layer, which is never filled. */
  fill: ColorToken | null;
  fillOpacity: number;
  /** Colour of the line, or of the fill's outline. */
  stroke: ColorToken;
  strokeWidth: number;
  /** Dash pattern in px, as SVG measures it; null for a solid line. */
  dash: readonly number[] | null;
}

/**
 * The paint of `def`'s features of variant `status` (its `variantBy` property): the variant's
 * colours where it has them, the layer's otherwise; widths, opacity and dashes are the layer's.
 */
export function layerPaint(def: LayerDef, status?: string): LayerPaint {
  const variant = status === undefined ? undefined : def.variants?.find((v) => v.status === status);
  const color = variant?.color ?? def.color;
  return {
    fill: def.kind === 'fill' ? color : null,
    fillOpacity: def.kind === 'fill' ? (def.opacity ?? layerDefaults.opacity) : 1,
    stroke: variant ? (variant.lineColor ?? variant.color) : (def.lineColor ?? def.color),
    strokeWidth: def.strokeWidth ?? layerDefaults.strokeWidth,
    dash: def.dash ?? null,
  };
}

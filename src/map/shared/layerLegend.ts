import type { LayerId } from '../../schemas/layerIds.ts';
import type { ColorToken } from '../../styles/tokens.ts';
import { ANNOTATION_LEGEND, annotationColor, type AnnotationKey } from './annotations.ts';
import { layerPaint } from './layerPaint.ts';
import { layers, type LayerDef } from './layers.ts';

/** One key of a map legend: a swatch and the words it stands for. */
export interface LegendKey {
  /**
   * The swatch: a tinted box edged in `lineColor` (areas), an empty box edged in it (areas drawn
   * as outlines only, with no fill), or a line of `lineColor`.
   */
  kind: LayerDef['kind'] | 'outline';
  label: string;
  /** Tint of the box (`data-key-color`, see keyColorRules). */
  color: ColorToken;
  /** Its edge, or the line (`data-key-line`): the colour the map strokes the shapes in. */
  lineColor: ColorToken;
  /** Why the shapes are approximate, when they are drawn by us. */
  approximateNote?: string;
}

/** The swatch kind of a layer: an area with no fill is keyed by an outline. */
const swatchOf = (def: LayerDef): LegendKey['kind'] =>
  def.kind === 'fill' && def.opacity === 0 ? 'outline' : def.kind;

/** The key of a layer as a whole: its own colours and label. */
export function layerKey(def: LayerDef): LegendKey {
  return {
    kind: swatchOf(def),
    label: def.label,
    color: def.color,
    lineColor: layerPaint(def).stroke,
    ...(def.approximate ? { approximateNote: def.approximateNote ?? '' } : {}),
  };
}

/**
 * One key per variant of a layer coloured by status (the districts), labelled with the variant's
 * own words; none for a layer without variants or whose variants are context (the country tints).
 */
export function variantKeys(def: LayerDef): LegendKey[] {
  if (def.variantsInLegend === false) return [];
  return (def.variants ?? []).map((v) => ({
    kind: swatchOf(def),
    label: v.label,
    color: v.color,
    lineColor: layerPaint(def, v.status).stroke,
  }));
}

/**
 * The legend of a static map showing `ids`: one key per layer, or per variant of a layer coloured
 * by status, so every colour on the map is named; context layers (land, rivers) need none, unless
 * marked `inLegend` (roads). The
 * approximation note goes with a layer's last key.
 */
export function legendKeys(ids: readonly LayerId[]): LegendKey[] {
  return ids
    .map((id) => layers[id])
    .filter((def) => !def.context || def.inLegend)
    .flatMap((def) => {
      const whole = layerKey(def);
      const parts = variantKeys(def);
      if (parts.length === 0) return [whole];
      return parts.map((k, i) => ({
        ...k,
        label: `${def.label}: ${k.label}`,
        ...(whole.approximateNote !== undefined && i === parts.length - 1
          ? { approximateNote: whole.approximateNote }
          : {}),
      }));
    });
}

/**
 * Every colour a legend key can show: each layer's and each keyed variant's tint and edge, and
 * the colours of the step annotations' keys (src/map/shared/annotations.ts).
 */
export const legendColorTokens: readonly ColorToken[] = [
  ...new Set<ColorToken>([
    ...Object.values(layers).flatMap((def) =>
      [layerKey(def), ...variantKeys(def)].flatMap((k) => [k.color, k.lineColor]),
    ),
    ...(Object.keys(ANNOTATION_LEGEND) as AnnotationKey[]).map(annotationColor),
  ]),
];

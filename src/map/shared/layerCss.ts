import { cssVarName } from '../../styles/tokens.ts';
import type { LayerDef } from './layers.ts';
import { layerPaint, type LayerPaint } from './layerPaint.ts';

/** Options of {@link layerCss}. */
export interface LayerCssOptions {
  /** Selector of the element holding the SVG maps; every rule is scoped under it. */
  scope: string;
}

export const layerCssDefaults: LayerCssOptions = { scope: '.static-map' };

/**
 * The CSS that paints the static maps' layer paths (`<path class="layer layer-<id> <variant>">`,
 * see StaticMap.astro), from the registry: one rule per layer, and one per variant that differs
 * from it in colour. Colours are the palette's custom properties, so the theme switch repaints the
 * maps without another rule. Minified, since it goes inline into every page that has a map.
 */
export function layerCss(
  defs: readonly LayerDef[],
  options: Partial<LayerCssOptions> = {},
): string {
  const { scope } = { ...layerCssDefaults, ...options };
  return defs
    .flatMap((def) => {
      const base = layerPaint(def);
      const selector = `${scope} .layer-${def.id}`;
      // Static maps show layers with <use> of shapes drawn once per page at another scale
      // (src/map/build/sharedShapes.ts), each carrying its own scaled width and dashes as
      // attributes, which a rule on the class would override: those are set on paths only.
      const rules = [
        `${selector}{${colours(base)}}`,
        `${scope} path.layer-${def.id}{${lineShape(base)}}`,
      ];
      for (const v of def.variants ?? []) {
        if (!/^[A-Za-z][\w-]*$/.test(v.status))
          throw new Error(
            `layer ${def.id}: variant status "${v.status}" is not a CSS class name (expected letters, digits, - and _)`,
          );
        const own = layerPaint(def, v.status);
        const changed = [
          ...(own.fill !== base.fill && own.fill ? [`fill:${colour(own.fill)}`] : []),
          ...(own.stroke !== base.stroke ? [`stroke:${colour(own.stroke)}`] : []),
        ];
        if (changed.length > 0) rules.push(`${selector}.${v.status}{${changed.join(';')}}`);
      }
      return rules;
    })
    .join('');
}

function colour(token: string): string {
  return `var(${cssVarName(token)})`;
}

/** A paint's colours as CSS declarations; SVG's default (opacity 1) is left out. */
function colours(p: LayerPaint): string {
  return [
    `fill:${p.fill ? colour(p.fill) : 'none'}`,
    ...(p.fill && p.fillOpacity !== 1 ? [`fill-opacity:${p.fillOpacity}`] : []),
    `stroke:${colour(p.stroke)}`,
  ].join(';');
}

/** A paint's line width and dashes (none: SVG's default) as CSS declarations. */
function lineShape(p: LayerPaint): string {
  return [
    `stroke-width:${p.strokeWidth}`,
    ...(p.dash ? [`stroke-dasharray:${p.dash.join(' ')}`] : []),
  ].join(';');
}

import { layerIds } from '../../schemas/layerIds.ts';
import { annotationCss } from './annotationCss.ts';
import { layerCss } from './layerCss.ts';
import { layers } from './layers.ts';

/**
 * The CSS the maps take from their registries, for a page's one inline style (Base.astro,
 * Embed.astro): every layer's paint (layerCss) and every annotation mark's colour and stroke
 * (annotationCss). Written once per page however many maps it holds.
 */
export function mapCss(): string {
  return layerCss(layerIds.map((id) => layers[id])) + annotationCss();
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import { layerIds, type LayerId } from '../../schemas/layerIds.ts';
import { styleLayerIds } from './mapStyle.ts';

/** The part of MapLibre's map that {@link setVisibleLayers} uses. */
export type LayerVisibilityMap = Pick<MapLibreMap, 'getLayoutProperty' | 'setLayoutProperty'>;

/**
 * Shows exactly the given registry layers and hides the others. Layers already in the wanted
 * state are left alone, because every setLayoutProperty call makes MapLibre re-evaluate the style.
 * Drawing order stays the registry's, whatever order the ids come in.
 * Returns the style layer ids whose visibility changed.
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setlayoutproperty
 */
export function setVisibleLayers(map: LayerVisibilityMap, ids: readonly LayerId[]): string[] {
  const wanted = new Set(ids);
  const changed: string[] = [];
  for (const id of layerIds) {
    const visibility = wanted.has(id) ? 'visible' : 'none';
    for (const styleId of styleLayerIds(id)) {
      // MapLibre returns undefined for a layout property the style never set; it means visible.
      const current = map.getLayoutProperty(styleId, 'visibility') ?? 'visible';
      if (current === visibility) continue;
      map.setLayoutProperty(styleId, 'visibility', visibility);
      changed.push(styleId);
    }
  }
  return changed;
}

/** The registry layers currently shown, in drawing order. */
export function visibleLayers(map: Pick<MapLibreMap, 'getLayoutProperty'>): LayerId[] {
  return layerIds.filter(
    (id) => (map.getLayoutProperty(id, 'visibility') ?? 'visible') === 'visible',
  );
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { buildMapStyle, type MapStyleOptions } from './mapStyle.ts';

/** The part of MapLibre's map that {@link setMapTheme} uses. */
export type ThemeMap = Pick<MapLibreMap, 'getPaintProperty' | 'setPaintProperty'>;

/**
 * Recolours a map built from {@link buildMapStyle} for another theme by setting only the paint
 * properties that differ. Unlike setStyle, this keeps sources loaded and layer visibility as it is.
 * Returns how many properties changed.
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setpaintproperty
 */
export function setMapTheme(
  map: ThemeMap,
  theme: Theme,
  options: Partial<MapStyleOptions> = {},
): number {
  let changed = 0;
  for (const layer of buildMapStyle(theme, options).layers) {
    if (!('paint' in layer) || !layer.paint) continue;
    for (const [name, value] of Object.entries(layer.paint)) {
      const key = name as Parameters<ThemeMap['setPaintProperty']>[1];
      // Expressions come back as arrays, so compare by value.
      if (JSON.stringify(map.getPaintProperty(layer.id, key)) === JSON.stringify(value)) continue;
      map.setPaintProperty(layer.id, key, value as never);
      changed++;
    }
  }
  return changed;
}

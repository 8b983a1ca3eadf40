import type { FeatureCollection } from 'geojson';
import { layers } from '../../map/shared/layers.ts';
import { layerIds, type LayerId } from '../../schemas/layerIds.ts';

/** A map layer file as the /data/ page lists it. */
export interface GeometryDownload {
  file: string;
  label: string;
  features: number;
  /** The licences its features declare, each once. */
  licences: string[];
  /** Why the layer is approximate, when we drew it. */
  approximateNote?: string;
}

/** Every layer file of the map, with the licences its own features carry, in drawing order. */
export function geometryDownloads(
  geometry: Partial<Record<LayerId, FeatureCollection>>,
): GeometryDownload[] {
  return layerIds.map((id) => {
    const features = geometry[id]?.features ?? [];
    const licences = features
      .map((f) => (f.properties as { license?: unknown } | null)?.license)
      .filter((l): l is string => typeof l === 'string');
    const def = layers[id];
    return {
      file: def.file,
      label: def.label,
      features: features.length,
      licences: [...new Set(licences)],
      ...(def.approximate && def.approximateNote ? { approximateNote: def.approximateNote } : {}),
    };
  });
}

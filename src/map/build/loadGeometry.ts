import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layers } from '../shared/layers.ts';
import type { LayerId } from '../../schemas/layerIds.ts';

// A story renders ~30 static maps from the same few files; parse each file once per build.
const cache = new Map<LayerId, FeatureCollection>();

/**
 * Reads the GeoJSON behind the given layers from data/geometry at build time (never shipped as a
 * module to the browser). Files are validated before the build starts, so parsing is trusted here.
 */
export function loadGeometry(ids: readonly LayerId[]): Partial<Record<LayerId, FeatureCollection>> {
  const out: Partial<Record<LayerId, FeatureCollection>> = {};
  for (const id of ids) {
    let collection = cache.get(id);
    if (!collection) {
      // Builds run from the project root; bundled page code cannot rely on import.meta.url.
      const file = join(process.cwd(), 'data', 'geometry', layers[id].file);
      collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
      cache.set(id, collection);
    }
    out[id] = collection;
  }
  return out;
}

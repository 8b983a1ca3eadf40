import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { layers, type LayerId } from './layers.ts';

/**
 * Reads the GeoJSON behind the given layers from data/geometry at build time (never shipped as a
 * module to the browser). Files are validated before the build starts, so parsing is trusted here.
 */
export function loadGeometry(ids: readonly LayerId[]): Partial<Record<LayerId, FeatureCollection>> {
  const out: Partial<Record<LayerId, FeatureCollection>> = {};
  for (const id of ids) {
    const url = new URL(`../../data/geometry/${layers[id].file}`, import.meta.url);
    out[id] = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection;
  }
  return out;
}

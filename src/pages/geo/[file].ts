import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { layers } from '../../map/shared/layers.ts';
import { layerIds } from '../../schemas/layerIds.ts';

/**
 * Every geometry file of the layer registry, at /geo/<file>, so the browser map loads its GeoJSON
 * from the site itself: no tile server, no key, nothing from another origin.
 */
export const getStaticPaths = (() =>
  layerIds.map((id) => ({ params: { file: layers[id].file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // Files are validated before the build starts; served byte for byte as the geo build wrote them.
  const body = await readFile(new URL(`../../../data/geometry/${params.file}`, import.meta.url));
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};

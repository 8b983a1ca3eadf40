import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { layers } from '../../../map/shared/layers.ts';
import { layerIds } from '../../../schemas/layerIds.ts';

/**
 * The map geometry for download (/data/geometry/<file>.geojson), byte for byte as the geo build
 * wrote it: every feature carries its own source and licence.
 */
export const getStaticPaths = (() =>
  layerIds.map((id) => ({ params: { file: layers[id].file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // Builds run from the project root; bundled page code cannot rely on import.meta.url.
  const body = await readFile(join(process.cwd(), 'data', 'geometry', String(params.file)));
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};

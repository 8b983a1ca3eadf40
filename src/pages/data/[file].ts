import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { downloads } from '../../lib/downloads/downloads.ts';

/**
 * The "Get the data" files (/data/events.csv, /data/places.geojson…), one per entry of the
 * downloads registry, written at build time from the validated data/.
 */
export const getStaticPaths = (() =>
  downloads.map((download) => ({
    params: { file: download.file },
    props: { download },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: (typeof downloads)[number] }> = async ({ props }) => {
  const data = await getDataset();
  const body = props.download.build({
    events: [...data.events.values()],
    places: [...data.places.values()],
    figures: [...data.figures.values()],
    sources: [...data.sources.values()],
    actors: [...data.actors.values()],
  });
  return new Response(body, { headers: { 'Content-Type': props.download.contentType } });
};

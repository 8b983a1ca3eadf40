import type { APIRoute, GetStaticPaths } from 'astro';
import type { EmbedEntry } from '../../../../embed/embedEntries.ts';
import { embedPaths } from '../../../../embed/getEmbeds.ts';
import { oembedDocument } from '../../../../embed/oembedDocument.ts';

/** The oEmbed document of every map embed, beside its page. */
export const getStaticPaths = (() => embedPaths('map')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  if (!site)
    throw new Error('oEmbed documents need absolute addresses: set `site` in astro.config.mjs');
  const doc = oembedDocument((props as { entry: EmbedEntry }).entry, site);
  return new Response(JSON.stringify(doc, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

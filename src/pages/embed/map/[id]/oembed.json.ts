import type { APIRoute, GetStaticPaths } from 'astro';
import type { EmbedEntry } from '../../../../embed/embedEntries.ts';
import { embedPaths } from '../../../../embed/getEmbeds.ts';
import { oembedDocument } from '../../../../embed/oembedDocument.ts';
import { siteHref } from '../../../../lib/site/siteAddress.ts';

/** The oEmbed document of every map embed, beside its page. */
export const getStaticPaths = (() => embedPaths('map')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  // astro.config.mjs always sets `site` (from SITE_URL, or the local preview address).
  const story = siteHref('/', site!, import.meta.env.BASE_URL);
  const doc = oembedDocument((props as { entry: EmbedEntry }).entry, story);
  return new Response(JSON.stringify(doc, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

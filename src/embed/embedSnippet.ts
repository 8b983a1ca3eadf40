/**
 * The HTML a publisher pastes: a lazy iframe plus our tiny height loader. One builder for the
 * gallery, the story's "Embed this" controls and the oEmbed documents, so all three offer exactly
 * the same code.
 */
import { escapeHtml } from '../lib/escapeHtml.ts';
import type { EmbedEntry } from './embedEntries.ts';

/** Name of the site, in titles and oEmbed documents. */
export const providerName = 'Karabakh, explained';

/** Site-relative address of the loader script (src/pages/embed/loader.js.ts). */
export const loaderPath = '/embed/loader.js';

/** The iframe's accessible name: what it shows and whose it is. */
export function embedFrameTitle(entry: Pick<EmbedEntry, 'kind' | 'title'>): string {
  return `${entry.kind === 'chart' ? 'Chart' : 'Map'}: ${entry.title} · ${providerName}`;
}

/**
 * The embed code for one entry on the site at `site` (its origin, e.g. https://example.org). The
 * iframe works alone (at its starting height, scrolling if need be); the script makes it fit its
 * content. `data-karabakh-embed` is what the loader looks for.
 */
export function embedSnippet(
  entry: Pick<EmbedEntry, 'kind' | 'title' | 'path' | 'height'>,
  site: string | URL,
): string {
  const src = new URL(entry.path, site).href;
  const loader = new URL(loaderPath, site).href;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(embedFrameTitle(entry))}" width="100%" height="${Math.round(entry.height)}" loading="lazy" style="border:0;width:100%" data-karabakh-embed></iframe>`,
    `<script src="${escapeHtml(loader)}" async></script>`,
  ].join('\n');
}

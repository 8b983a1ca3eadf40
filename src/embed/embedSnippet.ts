/**
 * The HTML a publisher pastes: a lazy iframe plus our tiny height loader. One builder for the
 * gallery, the story's "Embed this" controls and the oEmbed documents, so all three offer exactly
 * the same code.
 */
import { escapeHtml } from '../lib/escapeHtml.ts';
import type { EmbedEntry } from './embedEntries.ts';

/** Name of the site, in titles and oEmbed documents. */
export const providerName = 'Karabakh, explained';

/** Route (from the site's root, before the base path) of the loader script (src/pages/embed/loader.js.ts). */
export const loaderPath = '/embed/loader.js';

/**
 * The absolute address of `route` (written from the site's root, like `/embed/…`) on the site whose
 * story lives at `story` (e.g. `https://news.example/graphics/karabakh/`): the story's base path is
 * kept, so codes work wherever the site is published.
 */
export function embedHref(route: string, story: string | URL): string {
  return new URL(`.${route}`, String(story).replace(/\/?$/, '/')).href;
}

/** The iframe's accessible name: what it shows and whose it is. */
export function embedFrameTitle(entry: Pick<EmbedEntry, 'kind' | 'title'>): string {
  return `${entry.kind === 'chart' ? 'Chart' : 'Map'}: ${entry.title} · ${providerName}`;
}

/**
 * The embed code for one entry on the site whose story is at `story` (origin and base path, e.g.
 * https://news.example/graphics/karabakh/, see src/lib/site/siteAddress.ts). The
 * iframe works alone (at its starting height, scrolling if need be); the script makes it fit its
 * content. `data-karabakh-embed` is what the loader looks for.
 */
export function embedSnippet(
  entry: Pick<EmbedEntry, 'kind' | 'title' | 'path' | 'height'>,
  story: string | URL,
): string {
  const src = embedHref(entry.path, story);
  const loader = embedHref(loaderPath, story);
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(embedFrameTitle(entry))}" width="100%" height="${Math.round(entry.height)}" loading="lazy" style="border:0;width:100%" data-karabakh-embed></iframe>`,
    `<script src="${escapeHtml(loader)}" async></script>`,
  ].join('\n');
}

/** `id` of the element a pym.js snippet puts the embed in. */
export const pymContainerId = 'karabakh-graphic';

/**
 * pym.js's `xdomain` for the site at `story`: the pattern of our origin alone (pym appends `$`), so
 * a pym parent ignores messages from any other frame: a third-party frame on the host page can then
 * neither resize the embed nor send the host page elsewhere with a forged `navigateTo`.
 * @see https://blog.apps.npr.org/pym.js/api/pym.js/1.3.2/module-pym.Parent.html (config.xdomain)
 */
export function pymXdomain(story: string | URL): string {
  return `^${new URL(String(story)).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/**
 * The embed code for a page that already loads pym.js: a container and a `pym.Parent` restricted to
 * our origin. Written into a page as it is, so the pattern's backslashes are doubled for the string.
 */
export function pymSnippet(entry: Pick<EmbedEntry, 'path'>, story: string | URL): string {
  const js = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    `<div id="${pymContainerId}"></div>`,
    `<script>new pym.Parent(${js(pymContainerId)}, ${js(embedHref(entry.path, story))}, { xdomain: ${js(pymXdomain(story))} });</script>`,
  ].join('\n');
}

/**
 * The one address the site is published at. `SITE_URL` (say
 * `https://news.example/graphics/karabakh/`) gives both the origin Astro calls `site` and the base
 * path every internal address starts with; every link, asset, embed code, oEmbed document,
 * canonical link and share image is made from these two, so a newsroom can host the story under a
 * path of its own. Pure: astro.config.mjs, pages, scripts and tests all use it.
 */

/**
 * Where a build without `SITE_URL` thinks it lives: `npm start`, `npm run preview` and `astro dev`
 * all serve on this address, so the embed codes of a local build work as they are on this machine.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

/** Origin and base path of the published site. */
export interface SiteAddress {
  /** Origin, e.g. `https://news.example` (Astro's `site`). */
  site: string;
  /** Base path with a slash at each end, e.g. `/graphics/karabakh/` or `/` (Astro's `base`). */
  base: string;
  /** Both together: the address of the story itself, ending in `/`. */
  href: string;
}

/**
 * Reads a `SITE_URL` value; empty or missing means {@link LOCAL_SITE_URL}. Throws, naming the
 * value, when it cannot be a site's address (not http(s), or with a query, fragment or password).
 */
export function siteAddress(value: string | undefined): SiteAddress {
  const raw = value?.trim() || LOCAL_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" is not an address: give the full address the story will have, e.g. https://news.example/graphics/karabakh/`,
    );
  }
  const problem =
    url.protocol !== 'https:' && url.protocol !== 'http:'
      ? `starts with ${url.protocol} (use https:// or http://)`
      : url.search || url.hash
        ? 'has a query or a fragment (give the folder the story lives in)'
        : url.username || url.password
          ? 'carries a user name or password'
          : null;
  if (problem) throw new Error(`SITE_URL "${raw}" ${problem}`);
  const base = url.pathname.replace(/\/?$/, '/');
  return { site: url.origin, base, href: `${url.origin}${base}` };
}

/**
 * The path of `route` (an address on the site written from its root, e.g. `/embed/` or
 * `/#step-id`) under base path `base`: `sitePath('/embed/', '/graphics/karabakh')` is
 * `/graphics/karabakh/embed/`. Throws for a route that is not written from the root.
 */
export function sitePath(route: string, base: string): string {
  if (!route.startsWith('/'))
    throw new Error(`"${route}" is not a route written from the site's root (start it with /)`);
  return `${base.replace(/\/?$/, '/')}${route.slice(1)}`;
}

/** The absolute address of `route` on the site at `site` (origin) under base path `base`. */
export function siteHref(route: string, site: string | URL, base: string): string {
  return new URL(sitePath(route, base), site).href;
}

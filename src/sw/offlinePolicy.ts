/**
 * How the service worker (./serviceWorker.ts) answers each request, decided from the address
 * alone so it can be tested without a browser. Everything is relative to the worker's scope (the
 * site's base path, e.g. `/` or `/graphics/karabakh/`), never to a hard-coded root.
 *
 * - `cache-first`: files whose names carry a content hash (`_astro/`, `fonts/`) never change, so
 *   a kept copy is always right;
 * - `network-first`: pages, geometry and data, so an update is never hidden by the cache; the kept
 *   copy is used only when the network fails;
 * - `pass`: left to the browser untouched — other origins, other methods, anything outside the
 *   site, and the embeds, which other sites frame and which must always be the current ones.
 */
export type Strategy = 'cache-first' | 'network-first' | 'pass';

/** Paths under the scope whose file names carry a content hash. */
const HASHED = ['_astro/', 'fonts/'];
/** Paths under the scope the worker never touches. */
const UNTOUCHED = ['embed/', 'sw.js'];

/** The strategy for a request to `url` with `method`, for a worker whose scope is `scope`. */
export function strategyFor(url: URL, method: string, scope: URL): Strategy {
  if (method !== 'GET' || url.origin !== scope.origin) return 'pass';
  if (!url.pathname.startsWith(scope.pathname)) return 'pass';
  const path = url.pathname.slice(scope.pathname.length);
  if (UNTOUCHED.some((p) => path.startsWith(p))) return 'pass';
  if (HASHED.some((p) => path.startsWith(p))) return 'cache-first';
  return 'network-first';
}

/** The name of the cache for one build: a new build starts a new cache and drops the old ones. */
export function cacheName(version: string): string {
  return `karabakh-offline-${version}`;
}

/** True for a cache this worker made for another build, which it may delete. */
export function isStaleCache(name: string, version: string): boolean {
  return name.startsWith('karabakh-offline-') && name !== cacheName(version);
}

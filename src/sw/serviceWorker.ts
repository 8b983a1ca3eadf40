/**
 * The site's service worker, bundled by src/integrations/serviceWorker.ts into `sw.js` at the
 * site's base. After a first visit it keeps the story, /charts/ and /map/ (with the files their
 * pages name, the fonts and the geometry) so they can be read again offline; everything else it
 * keeps as it is fetched. Pages are asked of the network first, so an update is never hidden;
 * hashed files come from the cache first. See ./offlinePolicy.ts for which request gets what.
 */
import { cacheName, isStaleCache, strategyFor } from './offlinePolicy.ts';

// The few worker types used, declared here: the project compiles against the DOM library, which
// clashes with TypeScript's "webworker" one.
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface RequestEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: RequestEvent) => void): void;
}

// Filled in by the build: the build's id and the addresses to keep from the first visit.
declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_PRECACHE__: string[];

const worker = self as unknown as WorkerScope;
const CACHE = cacheName(__OFFLINE_VERSION__);
const scope = () => new URL(worker.registration.scope);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(__OFFLINE_PRECACHE__.map((path) => new URL(path, scope()).href)),
      )
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => isStaleCache(n, __OFFLINE_VERSION__)).map((n) => caches.delete(n)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(new URL(request.url), request.method, scope());
  if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
  else if (strategy === 'network-first') event.respondWith(networkFirst(request));
});

async function cacheFirst(request: Request): Promise<Response> {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    // Offline: the kept copy; a page asked for with `?names=` or the like is the same page.
    const kept =
      (await caches.match(request)) ??
      (request.mode === 'navigate'
        ? await caches.match(request, { ignoreSearch: true })
        : undefined);
    if (kept) return kept;
    throw error;
  }
}

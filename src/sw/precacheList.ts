/**
 * What the service worker keeps from a first visit, read from the built files (pure: the build
 * integration src/integrations/serviceWorker.ts does the reading). Paths are relative to the
 * site's base, so the list is right under any base path.
 */

/** The pages kept for offline reading, relative to the base. */
export const OFFLINE_PAGES = ['', 'charts/', 'map/'] as const;

/**
 * Hashed files a page names (`src=`, `href=`, CSS `url()`) under `base`: its scripts, styles and
 * fonts, relative to the base.
 */
export function pageAssets(html: string, base: string): string[] {
  const prefix = escapeRegExp(base);
  const pattern = new RegExp(
    `(?:src="|href="|url\\(["']?)${prefix}((?:_astro|fonts)/[^"')\\s]+)`,
    'g',
  );
  return unique([...html.matchAll(pattern)].map((m) => m[1]!));
}

/**
 * The sibling chunks a bundled module imports, statically (`import … from "./x.js"`,
 * `import "./x.js"`) or when needed (`` import(`./x.js`) ``: the charts' code, which /charts/ loads
 * at once, so offline it must be there too).
 */
export function importedChunks(js: string): string[] {
  return unique(
    [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]\.\/([^"'`]+\.m?js)["'`]/g)].map(
      (m) => m[1]!,
    ),
  );
}

/** MapLibre (~300 KB gzipped) is kept only once a reader's map has loaded it, never up front. */
export const isMapLibraryChunk = (name: string) => name.startsWith('maplibre-gl');

/**
 * Every file a list of entry chunks needs, following imports through `read` (which gives a
 * chunk's code by its name in `_astro/`, or null when there is no such file), leaving out the map
 * library.
 */
export function chunkClosure(
  entries: readonly string[],
  read: (name: string) => string | null,
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name) || isMapLibraryChunk(name)) continue;
    const code = read(name);
    if (code === null) continue;
    seen.add(name);
    queue.push(...importedChunks(code));
  }
  return [...seen];
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

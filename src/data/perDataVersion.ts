/**
 * A value computed once per build and, under `astro dev`, once per version of data/: the cache is
 * dropped whenever the content layer reloads a collection, so a page rendered after an editor's
 * save never reads what an earlier render cached (a module-level cache alone outlived the data it
 * was built from, and a fixed file kept showing the broken one's errors).
 */
let version = 0;
import.meta.hot?.on('astro:content-changed', () => {
  version += 1;
});

/** Wraps `build` so it runs once per data version. */
export function perDataVersion<T>(build: () => T): () => T {
  let cached: { version: number; value: T } | undefined;
  return () => {
    if (cached?.version !== version) cached = { version, value: build() };
    return cached.value;
  };
}

import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { env } from 'node:process';
import { fileURLToPath } from 'node:url';
import { chunkClosure, OFFLINE_PAGES, pageAssets } from '../sw/precacheList.ts';

/**
 * Writes the service worker (src/sw/serviceWorker.ts) to `sw.js` at the site's base once the site
 * is built, with the list of files to keep from a first visit: the story, /charts/ and /map/, the
 * scripts and fonts they name (and the chunks those scripts import), and the geometry. The
 * build's id is a hash of those files, so a new build replaces the kept copies.
 *
 * Opt-out: build with `PUBLIC_OFFLINE=off`. Pages then register no worker, and `sw.js` becomes
 * one that deletes its caches and unregisters itself, for readers who got the worker before.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'karabakh:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const out = join(root, 'sw.js');
        if (env.PUBLIC_OFFLINE === 'off') {
          writeFileSync(out, UNREGISTER);
          logger.info(
            'sw.js: offline reading is off (PUBLIC_OFFLINE=off); the worker removes itself',
          );
          return;
        }
        const files = precache(root, base);
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(fileIn(root, file)));
        const version = hash.digest('hex').slice(0, 12);
        const precached = OFFLINE_PAGES.map(String).concat(files.filter((f) => !isPage(f)));
        await build({
          entryPoints: [fileURLToPath(new URL('../sw/serviceWorker.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          outfile: out,
          define: {
            __OFFLINE_VERSION__: JSON.stringify(version),
            __OFFLINE_PRECACHE__: JSON.stringify(precached),
          },
          logLevel: 'warning',
        });
        logger.info(
          `sw.js: keeps ${precached.length} files for offline reading (build ${version})`,
        );
      },
    },
  };
}

/** The pages' own files plus everything they need, relative to the base. */
function precache(root: string, base: string): string[] {
  const files = new Set<string>();
  const entries: string[] = [];
  for (const page of OFFLINE_PAGES) {
    const html = join(root, page, 'index.html');
    if (!existsSync(html)) continue;
    files.add(`${page}index.html`);
    for (const asset of pageAssets(readFileSync(html, 'utf8'), base)) {
      files.add(asset);
      if (asset.startsWith('_astro/') && asset.endsWith('.js')) entries.push(asset.slice(7));
    }
  }
  const read = (name: string) => {
    const path = join(root, '_astro', name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  for (const chunk of chunkClosure(entries, read)) files.add(`_astro/${chunk}`);
  const geo = join(root, 'geo');
  if (existsSync(geo)) for (const name of readdirSync(geo)) files.add(`geo/${name}`);
  return [...files].sort();
}

const isPage = (file: string) => file.endsWith('index.html');
const fileIn = (root: string, file: string) => join(root, file);

/** A worker that undoes an earlier one: its caches go, and it unregisters. */
const UNREGISTER = `self.addEventListener('install',()=>self.skipWaiting());
self.addEventListener('activate',(e)=>e.waitUntil(caches.keys().then((n)=>Promise.all(n.filter((k)=>k.startsWith('karabakh-offline-')).map((k)=>caches.delete(k)))).then(()=>self.registration.unregister())));
`;

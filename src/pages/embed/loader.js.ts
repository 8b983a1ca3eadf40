import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../../embed/loader.ts?raw';

/**
 * /embed/loader.js, the script publishers paste beside an embed: src/embed/loader.ts compiled on
 * its own (it imports nothing) to minified ES2019 in a function scope, then started. esbuild comes
 * with Astro; the file keeps a stable address so snippets never go stale.
 */
export const GET: APIRoute = async () => {
  const { code } = await transform(`${source}\nstartLoader(window);\n`, {
    loader: 'ts',
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
  });
  const banner = '/* Karabakh, explained: sizes embedded iframes. Source: src/embed/loader.ts */\n';
  return new Response(banner + code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};

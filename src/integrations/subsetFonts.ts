import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { codePointsInRange, fontFaces, fontFile, fontPath } from '../lib/fonts/fontFaces.ts';
import { pageCodePoints } from '../lib/fonts/pageText.ts';
import { htmlFiles } from './htmlFiles.ts';

/**
 * After the build, cuts each self-hosted font down to the characters the built pages use and
 * writes it under /fonts/ with a content hash in its name (so hosts can cache it for a year, like
 * Astro's own files), then points the pages at that name. Reading the finished HTML (not data/)
 * catches every character whatever its origin: data, story text, interface words, numbers. An
 * editor who adds an Armenian or Azerbaijani title gets its letters in the next build.
 *
 * It rewrites the HTML, so it must run before anything that hashes the pages' inline styles
 * (the CSP integration): list it first in astro.config.mjs.
 *
 * Under `astro dev` nothing is built, so the dev server answers the pages' /fonts/ addresses with
 * the whole @fontsource files instead (same faces, not cut down).
 */
export function subsetFonts(): AstroIntegration {
  // The pages name the fonts under the site's base path (SITE_URL); files go to dist/fonts/.
  let base = '/';
  return {
    name: 'karabakh:subset-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        const require = createRequire(import.meta.url);
        // With or without the base path: Vite may hand middlewares the address with it stripped.
        const byPath = new Map(
          fontFaces.flatMap((face) => [
            [fontPath(face, base), face.source],
            [fontPath(face), face.source],
          ]),
        );
        server.middlewares.use((req, res, next) => {
          const source = byPath.get(req.url?.split('?')[0] ?? '');
          if (!source) return next();
          res.setHeader('Content-Type', 'font/woff2');
          res.end(readFileSync(require.resolve(source)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const used = new Set<number>();
        for (const { html } of pages) for (const cp of pageCodePoints(html)) used.add(cp);
        const renamed = new Map<string, string>();
        const require = createRequire(import.meta.url);
        mkdirSync(join(root, 'fonts'), { recursive: true });
        const report: string[] = [];
        for (const face of fontFaces) {
          const points = codePointsInRange(used, face.unicodeRange);
          const source = readFileSync(require.resolve(face.source));
          const subset = await subsetFont(source, String.fromCodePoint(...points), {
            targetFormat: 'woff2',
          });
          const hash = createHash('sha256').update(subset).digest('hex').slice(0, 10);
          const file = fontFile(face).replace(/\.woff2$/, `.${hash}.woff2`);
          writeFileSync(join(root, 'fonts', file), subset);
          renamed.set(fontPath(face, base), fontPath(face, base).replace(fontFile(face), file));
          report.push(`${file} ${points.length} chars, ${subset.length} B`);
        }
        for (const { file, html } of pages) {
          let out = html;
          for (const [from, to] of renamed) out = out.replaceAll(from, to);
          if (out !== html) writeFileSync(file, out);
        }
        logger.info(
          `fonts subset to the pages' ${used.size} characters:\n  ${report.join('\n  ')}`,
        );
      },
    },
  };
}

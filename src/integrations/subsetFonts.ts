import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { codePointsInRange, fontFaces, fontPath } from '../lib/fonts/fontFaces.ts';
import { pageCodePoints } from '../lib/fonts/pageText.ts';

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/**
 * After the build, cuts each self-hosted font down to the characters the built pages use and
 * writes it where src/lib/fonts/fontFaces.ts says. Reading the finished HTML (not data/) catches
 * every character whatever its origin: data, story text, interface words, numbers. An editor who
 * adds an Armenian or Azerbaijani title gets its letters in the next build without doing anything.
 */
export function subsetFonts(): AstroIntegration {
  return {
    name: 'karabakh:subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const used = new Set<number>();
        for (const file of htmlFiles(root))
          for (const cp of pageCodePoints(readFileSync(file, 'utf8'))) used.add(cp);
        const require = createRequire(import.meta.url);
        mkdirSync(join(root, 'fonts'), { recursive: true });
        const report: string[] = [];
        for (const face of fontFaces) {
          const points = codePointsInRange(used, face.unicodeRange);
          const source = readFileSync(require.resolve(face.source));
          const subset = await subsetFont(source, String.fromCodePoint(...points), {
            targetFormat: 'woff2',
          });
          writeFileSync(join(root, fontPath(face).slice(1)), subset);
          report.push(`${fontPath(face).slice(7)} ${points.length} chars, ${subset.length} B`);
        }
        logger.info(
          `fonts subset to the pages' ${used.size} characters:\n  ${report.join('\n  ')}`,
        );
      },
    },
  };
}

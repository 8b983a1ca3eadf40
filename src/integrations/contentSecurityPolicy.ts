import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillCspHashes } from '../lib/csp/fillCspHashes.ts';
import { rebaseHeaders } from '../lib/headers/rebaseHeaders.ts';
import { htmlFiles } from './htmlFiles.ts';
import { cspHash, inlineSources } from '../lib/csp/inlineSources.ts';

/**
 * Keeps the Content-Security-Policy in public/_headers strict without hand-kept hashes:
 *
 * - bundled scripts always ship as files under /_astro/ (Astro would otherwise inline small ones,
 *   which `script-src 'self'` blocks), so the only inline scripts are the ones written on purpose
 *   (`inlineScripts`); any other fails the build rather than being allowed by a hash;
 * - after the build, those scripts and every `<style>` of dist/**.html are hashed and the hashes
 *   replace `{inline-script-hashes}` / `{inline-style-hashes}` in dist/_headers, whose rules are
 *   moved under the site's base path (SITE_URL) so they name the addresses readers ask for;
 * - markup no hash can allow (`on*=` handlers, `style=` attributes, `javascript:` URLs) fails the
 *   build, naming the page, instead of breaking quietly in readers' browsers.
 *
 * Astro's own `security.csp` writes a `<meta>` policy, which cannot carry frame-ancestors and
 * would sit beside the header policy, so the header stays the one policy.
 */
export function contentSecurityPolicy(options: {
  /** The texts of the inline scripts written on purpose; any other inline script fails the build. */
  inlineScripts: readonly string[];
}): AstroIntegration {
  const allowed = new Set(options.inlineScripts);
  let base = '/';
  return {
    name: 'karabakh:content-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              // false: never inline a script; undefined: Vite's default (4 kB) for everything else.
              // @see https://vite.dev/config/build-options#build-assetsinlinelimit
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
            },
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const problems: string[] = [];
        for (const file of htmlFiles(root)) {
          const found = inlineSources(readFileSync(file, 'utf8'));
          for (const s of found.scripts) {
            if (allowed.has(s)) scripts.add(cspHash(s));
            else
              problems.push(
                `${relative(root, file)}: an inline script nobody meant to write (Astro inlined a bundled script, or a component writes one; move it to src/client/): ${s.slice(0, 120)}`,
              );
          }
          for (const s of found.styles) styles.add(cspHash(s));
          for (const b of found.blocked)
            problems.push(`${relative(root, file)}: ${b.slice(0, 200)}`);
        }
        if (problems.length)
          throw new Error(
            `${problems.length} piece(s) of markup the Content-Security-Policy must not allow (move behaviour to src/client/ and styles to CSS):\n${problems.join('\n')}`,
          );
        const headersPath = join(root, '_headers');
        const headers = fillCspHashes(rebaseHeaders(readFileSync(headersPath, 'utf8'), base), {
          scripts: [...scripts].sort(),
          styles: [...styles].sort(),
        });
        writeFileSync(headersPath, headers);
        logger.info(
          `_headers: CSP allows ${scripts.size} inline script(s) and ${styles.size} inline style(s) by hash`,
        );
      },
    },
  };
}

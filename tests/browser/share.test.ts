/**
 * Share cards on the built site (no browser needed): every page's og:image and twitter:image
 * point at a PNG that exists in dist/ and is 1200×630, as its og:image:width/height say, and the
 * story and every embed have the tags.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { htmlFiles } from '../../src/integrations/htmlFiles.ts';
import { siteAddress } from '../../src/lib/site/siteAddress.ts';
import { DIST } from './harness.ts';

/** The address dist/ was built for (SITE_URL, or the local default), without its final slash. */
const SITE = siteAddress(process.env.SITE_URL).href.replace(/\/$/, '');

/** The content of `<meta property|name="key">` in a built page (Astro writes attributes in order). */
function metaContent(html: string, key: string): string[] {
  const re = new RegExp(
    `<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`,
    'g',
  );
  return [...html.matchAll(re)].map((m) => m[1]!);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.deepEqual(
    [...bytes.subarray(0, 8)],
    [137, 80, 78, 71, 13, 10, 26, 10],
    `${file} is not a PNG`,
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards', () => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  const pages = htmlFiles(DIST).map((file) => ({
    page: relative(DIST, file),
    html: readFileSync(file, 'utf8'),
  }));

  it('gives the story and every embed page Open Graph and large Twitter card tags', () => {
    const shared = pages.filter(
      ({ page }) => page === 'index.html' || /^embed\/(chart|map)\//.test(page),
    );
    assert.ok(shared.length > 5, 'expected the story and the embeds');
    for (const { page, html } of shared) {
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:url',
        'og:image',
        'twitter:title',
        'twitter:description',
        'twitter:image',
      ]) {
        assert.equal(metaContent(html, key).length, 1, `${page}: one ${key}`);
        assert.notEqual(metaContent(html, key)[0], '', `${page}: ${key} is empty`);
      }
      assert.deepEqual(metaContent(html, 'twitter:card'), ['summary_large_image'], page);
      assert.deepEqual(metaContent(html, 'og:image'), metaContent(html, 'twitter:image'), page);
      assert.ok(
        metaContent(html, 'og:url')[0]!.startsWith(`${SITE}/`),
        `${page}: og:url is absolute`,
      );
    }
  });

  it('points every og:image at a 1200×630 PNG in dist/', () => {
    let checked = 0;
    for (const { page, html } of pages) {
      for (const image of [
        ...metaContent(html, 'og:image'),
        ...metaContent(html, 'twitter:image'),
      ]) {
        const url = new URL(image);
        assert.equal(url.origin, SITE, `${page}: ${image} is on the site`);
        const file = join(DIST, decodeURIComponent(url.pathname));
        assert.ok(existsSync(file), `${page}: ${image} exists in dist/`);
        assert.deepEqual(pngSize(file), { width: 1200, height: 630 }, `${page}: ${image}`);
        assert.deepEqual(metaContent(html, 'og:image:width'), ['1200'], page);
        assert.deepEqual(metaContent(html, 'og:image:height'), ['630'], page);
        checked++;
      }
    }
    assert.ok(checked > 0, 'no og:image found');
  });
});

/**
 * The site published in a folder of a newsroom's domain: built with
 * SITE_URL=https://news.example/graphics/karabakh/ and served under /graphics/karabakh/ only (a
 * request anywhere else is a miss), every page opens in Chromium with no same-origin request
 * failing or leaving the folder: scripts, fonts, favicon, the live map's worker and geometry,
 * downloads, share images, canonical and og:* addresses, embed codes, the loader, oEmbed documents
 * and the embeds' "Read the full story" links. Builds its own copy (dist/ is left alone).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/staticServer.ts';
import { htmlFiles } from '../../src/integrations/htmlFiles.ts';
import { buildFor, crawl, type CrawlReport } from './crawl.ts';

const PUBLISHED = 'https://news.example/graphics/karabakh/';
const BASE = '/graphics/karabakh/';

let dir: string;
let server: Server;
let start: string;
let report: CrawlReport;

before(async () => {
  dir = await buildFor(PUBLISHED);
  const served = await serveStatic(dir, 0, BASE);
  server = served.server;
  start = `${served.url}${BASE}`;
  const browser = await launchChromium();
  try {
    // Every built page (some, like /map/, are reached from outside the story), then all they name.
    const seeds = htmlFiles(dir).map((f) => f.slice(dir.length + 1).replace(/index\.html$/, ''));
    report = await crawl(browser, start, PUBLISHED, { seeds });
  } finally {
    await browser.close();
  }
});
after(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a build for https://news.example/graphics/karabakh/, served in that folder', () => {
  it('opens every built page and fetches every kind of file they name', () => {
    assert.equal(report.pages.length >= htmlFiles(dir).length, true, report.pages.join('\n'));
    for (const kind of ['/_astro/', '/fonts/', '/share/', '/data/', 'oembed.json', 'loader.js'])
      assert.ok(
        report.resources.some((r) => r.includes(kind)),
        `nothing fetched from ${kind}`,
      );
  });

  it('has no same-origin request fail or leave the folder', () => {
    assert.deepEqual(report.failures, []);
  });

  it('trips no Content-Security-Policy and warns of no header', () => {
    assert.deepEqual(report.policyProblems, []);
  });

  it('starts the live map from the folder (worker and geometry)', () => {
    assert.ok(report.liveMaps.includes(start), 'the story’s live map became ready');
  });

  it('gives every page a canonical address and embed codes in the published folder', () => {
    for (const file of htmlFiles(dir)) {
      if (file.endsWith('404.html')) continue;
      const html = readFileSync(file, 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
      assert.ok(canonical.startsWith(PUBLISHED), `${file}: canonical ${canonical}`);
    }
    const gallery = readFileSync(join(dir, 'embed/index.html'), 'utf8');
    // Codes sit escaped in <textarea>s: every absolute address to an embed or the loader.
    const codes = [...gallery.matchAll(/https?:\/\/[^"&\s<']+\/embed\/[^"&\s<']*/g)].map(
      (m) => m[0],
    );
    assert.ok(codes.length > 10, `${codes.length} embed addresses`);
    for (const src of codes) assert.ok(src.startsWith(PUBLISHED), src);
    assert.doesNotMatch(gallery, /data-local-build/, 'a published build is not called local');
  });

  it('writes dist/_headers rules for the folder’s addresses', () => {
    const paths = readFileSync(join(dir, '_headers'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'));
    assert.ok(paths.length > 5);
    for (const p of paths) assert.ok(p.startsWith(BASE), p);
  });
});

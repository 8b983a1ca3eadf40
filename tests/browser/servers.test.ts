/**
 * The built site behind Debian's nginx and Caddy, configured by `npm run server-config`, at the root
 * of a domain (dist/, the local build) and in a folder (a build for
 * http://127.0.0.1:<port>/graphics/karabakh/). For each: every page is served and each kind of
 * page opens in Chromium (tests/browser/subpath.test.ts opens every one) with no same-origin
 * request failing, the live map gets ready (MapLibre's .mjs worker served as
 * JavaScript), no Content-Security-Policy violation or header warning, every page carries the
 * security headers, embeds can be framed by another site and other pages cannot, the 404 page
 * answers misses, and `_headers` itself is not served.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { htmlFiles } from '../../src/integrations/htmlFiles.ts';
import { siteAddress } from '../../src/lib/site/siteAddress.ts';
import { buildFor, crawl } from './crawl.ts';
import { DIST } from './harness.ts';
import { freePort, startCaddy, startNginx, type WebServer } from './webServers.ts';

const SUB = '/graphics/karabakh/';
let browser: Browser;
let subDist: string;
let subSite: string;

before(async () => {
  // The folder build names its own address, so its absolute addresses are checked for real.
  subSite = `http://127.0.0.1:${await freePort()}${SUB}`;
  subDist = await buildFor(subSite);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  if (subDist) rmSync(subDist, { recursive: true, force: true });
});

/** A page on another origin framing an embed and the story, as a publisher would. */
async function framingHost(embed: string, story: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><title>Host</title><iframe id="embed" src="${embed}"></iframe><iframe id="story" src="${story}"></iframe>`;
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

const scenarios = [
  { name: 'nginx', start: startNginx },
  { name: 'Caddy', start: startCaddy },
].flatMap((server) => [
  { ...server, where: 'at the root', dist: () => DIST, site: () => siteAddress(undefined).href },
  { ...server, where: `under ${SUB}`, dist: () => subDist, site: () => subSite },
]);

for (const scenario of scenarios) {
  describe(`${scenario.name} ${scenario.where}`, () => {
    let server: WebServer;
    let start: string;
    let report: Awaited<ReturnType<typeof crawl>>;

    before(async () => {
      server = await scenario.start(scenario.dist(), scenario.site());
      start = `${server.origin}${siteAddress(scenario.site()).base}`;
      const dist = scenario.dist();
      const seeds = htmlFiles(dist)
        .map((f) =>
          f
            .slice(dist.length)
            .replace(/^\//, '')
            .replace(/index\.html$/, ''),
        )
        .filter((p) => p !== '404.html');
      // In Chromium: each kind of page once (the story and map with their live maps, charts, data,
      // the gallery, a chart and a map embed); every other page is fetched and read for links.
      const inBrowser = (url: string) =>
        !/\/embed\/(chart|map)\//.test(url) ||
        /\/embed\/(chart\/exodus|map\/the-new-line)\//.test(url);
      report = await crawl(browser, start, scenario.site(), { seeds, inBrowser });
    });
    after(async () => server?.stop());

    it('serves every page and everything they name, with no same-origin miss', () => {
      assert.ok(
        report.pages.length >= htmlFiles(scenario.dist()).length - 1,
        `${report.pages.length} pages`,
      );
      assert.deepEqual(report.failures, []);
    });

    it('starts the live map (its .mjs worker served as JavaScript)', () => {
      assert.ok(report.liveMaps.includes(start), 'the story’s live map became ready');
      assert.ok(report.liveMaps.includes(`${start}map/`), 'the map page’s live map became ready');
    });

    it('trips no Content-Security-Policy and warns of no header', () => {
      assert.deepEqual(report.policyProblems, []);
    });

    it('sends the security headers on every page; embeds may be framed, other pages not', () => {
      for (const [url, h] of report.pageHeaders) {
        assert.equal(h['x-content-type-options'], 'nosniff', url);
        assert.equal(h['referrer-policy'], 'strict-origin-when-cross-origin', url);
        assert.match(h['permissions-policy'] ?? '', /camera=\(\)/, url);
        assert.match(h['content-security-policy'] ?? '', /script-src 'self'/, url);
        assert.match(h['content-type'] ?? '', /^text\/html/, url);
        const embed = new URL(url).pathname.startsWith(`${new URL(start).pathname}embed/`);
        if (embed && !url.endsWith('/embed/')) {
          assert.equal(h['x-frame-options'], undefined, url);
          assert.match(h['content-security-policy']!, /frame-ancestors \*/, url);
        } else if (!embed) {
          assert.equal(h['x-frame-options'], 'SAMEORIGIN', url);
          assert.match(h['content-security-policy']!, /frame-ancestors 'self'/, url);
        }
      }
    });

    it('lets another site frame an embed but not the story', async () => {
      const host = await framingHost(`${start}embed/chart/exodus/`, start);
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(host.url, { waitUntil: 'load' });
        const embed = await (await page.$('#embed'))!.contentFrame();
        await embed!.waitForSelector('embed-frame', { state: 'attached', timeout: 20_000 });
        const story = await (await page.$('#story'))!.contentFrame();
        assert.equal(
          await story!
            .evaluate(() => document.querySelector('story-map') !== null)
            .catch(() => false),
          false,
          'the story loaded inside another site’s frame',
        );
      } finally {
        await context.close();
        await new Promise<void>((r) => host.server.close(() => r()));
      }
    });

    it('answers a miss with the 404 page, compresses text, and keeps _headers to itself', async () => {
      const missing = await fetch(`${start}no-such-page/`);
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /Page not found/);
      assert.equal(missing.headers.get('x-frame-options'), 'SAMEORIGIN');
      assert.equal(
        missing.headers.get('cache-control'),
        null,
        'a miss must not be cached for long',
      );
      const headers = await fetch(`${start}_headers`);
      assert.equal(headers.status, 404);
      assert.doesNotMatch(await headers.text(), /Content-Security-Policy/);
      const page = await fetch(start, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(page.headers.get('content-encoding'), 'gzip');
      const csv = await fetch(`${start}data/events.csv`);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    });
  });
}

/**
 * Offline re-reading (src/sw/): after one visit the story, /charts/ and /map/ open with the
 * network off, a page changed on the server is served fresh once the network is back, and the
 * embeds are left to the network. Serves a copy of dist/, so a page can be changed on the server.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/staticServer.ts';
import { DIST, viewports } from './harness.ts';

let root: string;
let server: Server;
let url: string;
let browser: Browser;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'karabakh-offline-'));
  cpSync(DIST, root, { recursive: true });
  ({ server, url } = (await serveStatic(root)) as { server: Server; url: string });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('offline re-reading', { timeout: 5 * 60_000 }, () => {
  it('opens the story, /charts/ and /map/ offline after one visit, and serves a changed page fresh once back online', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url + '/');
    // The worker has kept its copies once it is active.
    const scope = await page.evaluate(() =>
      navigator.serviceWorker.ready.then((r) => new URL(r.scope).pathname),
    );
    assert.equal(scope, '/');

    await context.setOffline(true);
    for (const [path, heading] of [
      ['/', 'Karabakh, explained'],
      ['/charts/', null],
      ['/map/', null],
    ] as const) {
      const response = await page.goto(url + path);
      assert.equal(response?.status(), 200, `${path} offline`);
      const h1 = (await page.locator('h1').first().textContent()) ?? '';
      assert.ok(h1.trim().length > 0, `${path} offline shows its heading`);
      if (heading) assert.equal(h1.trim(), heading);
    }
    // The story's static maps are there to read.
    await page.goto(url + '/');
    assert.ok(await page.locator('.step-graphic svg[role="img"]').first().count());
    // Embeds are never served from the kept copies: other sites must get the current one.
    await assert.rejects(page.goto(url + '/embed/chart/exodus/'));

    // The server's /charts/ changes; back online, the reader gets the new page, not the kept one.
    const file = join(root, 'charts', 'index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('</h1>', ' <span id="fresh">(updated)</span></h1>'),
    );
    await context.setOffline(false);
    await page.goto(url + '/charts/');
    assert.equal(await page.locator('#fresh').count(), 1, 'the changed page, fresh');
    // And that newer copy is the one kept for the next time offline.
    await context.setOffline(true);
    await page.goto(url + '/charts/');
    assert.equal(await page.locator('#fresh').count(), 1, 'the newer copy kept');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

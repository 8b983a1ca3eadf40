/**
 * The response headers every kind of file gets, as served from dist/_headers: a page, an embed,
 * a script, MapLibre's worker and a data download. Browsers act on these (no MIME sniffing, no
 * referrer paths to other sites, no camera or location prompts, no framing of pages by other
 * sites, no window handle for whoever opened the story), so each is checked on a real response,
 * and the opener isolation in Chromium.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST, openPage, startSite, type Site } from './harness.ts';

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

const get = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  assert.equal(res.status, 200, path);
  return res;
};

/** A script of the story and MapLibre's worker module, found in the built story. */
async function assetPaths(): Promise<{ script: string; worker: string }> {
  const html = await (await get('/')).text();
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(script, 'the story loads a script from /_astro/');
  const worker = readdirSync(join(DIST, '_astro')).find((f) => f.startsWith('maplibre-gl-worker'));
  assert.ok(worker, 'the build has a MapLibre worker module');
  return { script, worker: `/_astro/${worker}` };
}

describe('response headers', () => {
  it('forbid MIME sniffing and limit referrers and powerful features on every kind of file', async () => {
    const { script, worker } = await assetPaths();
    for (const path of ['/', '/embed/chart/exodus/', script, worker, '/data/events.csv']) {
      const h = (await get(path)).headers;
      assert.equal(h.get('x-content-type-options'), 'nosniff', path);
      assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
        assert.ok(h.get('permissions-policy')?.includes(feature), `${path}: ${feature}`);
    }
    // nosniff only helps when the type is right: a script must be served as JavaScript (a
    // module worker with any other type does not start), a download as what it is.
    assert.match((await get(script)).headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match((await get(worker)).headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match((await get('/data/events.csv')).headers.get('content-type') ?? '', /^text\/csv/);
  });

  it('keep pages to the site: framed only by it, cut off from whoever opened them', async () => {
    for (const path of ['/', '/charts/', '/map/', '/data/', '/data/events.csv']) {
      const h = (await get(path)).headers;
      assert.equal(h.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(h.get('cross-origin-opener-policy'), 'same-origin-allow-popups', path);
      assert.match(h.get('content-security-policy') ?? '', /frame-ancestors 'self'/, path);
    }
  });

  it('let embeds be framed anywhere, without an opener policy that means nothing in a frame', async () => {
    const h = (await get('/embed/chart/exodus/')).headers;
    assert.equal(h.get('x-frame-options'), null);
    assert.match(h.get('content-security-policy') ?? '', /frame-ancestors \*/);
    assert.equal(h.get('cross-origin-opener-policy'), null);
  });

  it('leave a story opened from another site without a handle back to it', async () => {
    // localhost and 127.0.0.1 are different origins on the same server: the opener is "another site".
    const other = site.url.replace('127.0.0.1', 'localhost');
    const { context, page } = await openPage(site);
    await page.goto(`${other}/embed/`);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => void window.open(url), `${site.url}/`),
    ]);
    await popup.waitForLoadState();
    assert.equal(
      await popup.evaluate(() => window.opener === null),
      true,
      'the story can reach its opener',
    );
    await context.close();
  });
});

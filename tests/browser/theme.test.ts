/**
 * The colour theme: the reader's choice (light, dark or the system's) switches the design tokens
 * and the live map, survives reloads through the one inline script the CSP allows, and wins over
 * the system setting.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { palette } from '../../src/styles/tokens.ts';
import { openPage, setting, token, useSite, waitForMapAt } from './harness.ts';

const site = useSite();

/** Mean luminance (0–1) of what the live map shows, from a screenshot decoded in the page. */
async function mapLuminance(page: Page): Promise<number> {
  const png = (await page.locator('story-map .story-map-canvas').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < px.length; i += 4)
      sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
    return sum / (px.length / 4);
  }, png);
}

describe('theme', () => {
  it('switches tokens and the live map to dark and back, and keeps the choice across reloads', async () => {
    const { context, page, log } = await openPage(site, { colorScheme: 'light' });
    await page.goto(`${site.url}/#near-parukh`);
    await waitForMapAt(page, 'near-parukh');
    const select = await setting(page, 'Theme');
    assert.equal(await select.inputValue(), 'system');
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    const lightMap = await mapLuminance(page);

    await select.selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    assert.equal(await token(page, '--color-land'), palette.dark.land);
    let darkMap = lightMap;
    for (let i = 0; i < 20 && darkMap > lightMap - 0.25; i++) {
      await page.waitForTimeout(150);
      darkMap = await mapLuminance(page);
    }
    assert.ok(darkMap < lightMap - 0.25, `the map darkens: ${lightMap} → ${darkMap}`);

    // The inline script alone restores the choice: block every module and reload.
    await page.route('**/_astro/**', (route) => route.abort());
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    await page.unroute('**/_astro/**');
    await page.reload();
    assert.equal(await (await setting(page, 'Theme')).inputValue(), 'dark');

    await (await setting(page, 'Theme')).selectOption('system');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
    assert.equal(await page.evaluate(() => localStorage.getItem('karabakh:theme')), null);
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    assert.deepEqual(
      log.consoleErrors.filter((e) => !/_astro|ERR_FAILED/.test(e)),
      [],
    );
    await context.close();
  });

  it('lets a light choice win over a dark system setting', async () => {
    const { context, page } = await openPage(site, { colorScheme: 'dark' });
    await page.goto(`${site.url}/`);
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    await (await setting(page, 'Theme')).selectOption('light');
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
      'light',
    );
    await context.close();
  });

  it('runs only the inline script whose hash the served CSP lists', async () => {
    const res = await fetch(`${site.url}/`);
    const html = await res.text();
    const inline = [
      ...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([^<]*)<\/script>/g),
    ].map((m) => m[1]!);
    assert.equal(inline.length, 1, 'one inline script');
    const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(
      res.headers.get('content-security-policy') ?? '',
    )?.[1];
    assert.equal(scriptSrc, `'self' 'sha256-${hash}'`);
  });
});

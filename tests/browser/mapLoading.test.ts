/**
 * When the story's live map is fetched, and what readers see until it is there: nothing on the
 * first screen, nothing at all without WebGL, and on a slow phone the step's static map at once,
 * swapped for the live one without moving anything on the page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.ts';
import { openPage, storySteps, useSite, viewports, waitForLiveMap } from './harness.ts';

const firstMapStep = storySteps().find((s) => !s.chart)!;
const isMapLibrary = (url: string) => /maplibre-gl/.test(url);

const site = useSite();

describe('loading the live map', { timeout: 5 * 60_000 }, () => {
  it('requests no MapLibre for the first screen on a desktop, and goes live once the reader scrolls', async () => {
    const { context, page, log } = await openPage(site, { viewport: viewports.desktop });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    assert.deepEqual(requested.filter(isMapLibrary), [], 'no MapLibre for the first screen');
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 400);
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      firstMapStep.id,
    );
    await waitForLiveMap(page, 60_000);
    assert.ok(requested.some(isMapLibrary), 'MapLibre fetched once the reader scrolled');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('without WebGL, requests no map library at all and keeps the static maps', async () => {
    // A browser with WebGL switched off, as some locked-down or old machines have it.
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const context = await browser.newContext({ viewport: viewports.desktop });
      const page = await context.newPage();
      const requested: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      for (const path of [`/#${firstMapStep.id}`, '/map/']) {
        await page.goto(site.url + path);
        await page.waitForSelector('story-map[data-map-state="failed"]', { state: 'attached' });
        await page.waitForLoadState('networkidle');
        assert.deepEqual(requested.filter(isMapLibrary), [], `${path}: no map library request`);
        assert.equal(await page.locator('story-map canvas').count(), 0);
      }
      // The story's static map for the step is what the reader sees.
      await page.goto(`${site.url}/#${firstMapStep.id}`);
      await page.waitForSelector('story-map[data-map-state="failed"]', { state: 'attached' });
      assert.ok(
        await page.locator(`#${firstMapStep.id} .step-graphic svg[role="img"]`).first().isVisible(),
      );
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  it('on a slow phone, shows the static map behind the first card at once and swaps without a layout shift', async () => {
    const { context, page, log } = await openPage(site, {
      viewport: viewports.phone,
      isMobile: true,
      hasTouch: true,
    });
    // 400 kbps down and up, 400 ms round trip: a weak mobile connection.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 400_000 / 8,
      uploadThroughput: 400_000 / 8,
    });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url + '/', { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForSelector('story-scroller.is-enhanced', { timeout: 120_000 });
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      firstMapStep.id,
    );
    // At once: the live map is still on its way, and the step's own static map is on screen.
    const shown = await page.evaluate((id) => {
      const svg = document.querySelector(`#${id} .step-graphic svg[role="img"]`)!;
      const r = svg.getBoundingClientRect();
      return {
        mapState: document.querySelector('story-map')?.getAttribute('data-map-state') ?? null,
        visible: getComputedStyle(svg).visibility === 'visible' && r.height > 100,
        onScreen: r.top < innerHeight && r.bottom > 0,
      };
    }, firstMapStep.id);
    assert.notEqual(shown.mapState, 'ready', 'the live map cannot be there yet');
    assert.ok(shown.visible && shown.onScreen, 'the static map shows behind the first card');
    await waitForLiveMap(page, 180_000);
    await page.waitForTimeout(1000);
    const cls = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    assert.ok(cls <= 0.02, `CLS ${cls.toFixed(3)} ≤ 0.02`);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

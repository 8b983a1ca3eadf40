import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, setting, startSite, viewports, type Site } from './harness.ts';

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

describe('home page', () => {
  it('lists every chapter in order, with JavaScript off', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/');
    const titles = await page.locator('.chapters h3').allInnerTexts();
    assert.equal(titles.length, 8);
    assert.match(titles[0] ?? '', /A week on the line/);
    assert.match(titles[7] ?? '', /Sources and method/);
    await context.close();
  });

  it('opens with a static map drawn from the data, with labels, a legend and a scale, without JavaScript', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/');
    const map = page.locator('.story .static-map svg').first();
    assert.equal(await map.getAttribute('role'), 'img');
    assert.match((await map.locator('title').textContent()) ?? '', /^Map showing /);
    // Layers are shapes drawn once per page and shown in each map by a <use> (sharedShapes.ts).
    assert.ok(
      (await map.locator(':is(path, use).layer-loc-2020').count()) >= 1,
      'the 2020 line is drawn',
    );
    assert.ok(
      (await map.locator(':is(path, use).layer-countries').count()) >= 2,
      'the basemap is drawn',
    );
    const labels = await map.locator('text.label').allTextContents();
    assert.ok(labels.includes('Stepanakert'), `labels include Stepanakert: ${labels.join(', ')}`);
    const legend = page.locator('.story .legend').first();
    assert.match((await legend.textContent()) ?? '', /Line of contact from 10 Nov 2020/);
    assert.match((await legend.textContent()) ?? '', /approximate/);
    assert.match((await map.locator('.scale-bar text').textContent()) ?? '', /^\d+ km$/);
    await context.close();
  });

  it('map labels do not overlap at desktop and phone widths', async () => {
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const { context, page } = await openPage(site, { viewport });
      await page.goto(site.url + '/');
      const boxes = await page
        .locator('.static-map text.label')
        .evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .map((r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom })),
        );
      assert.ok(boxes.length >= 5);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          assert.ok(!overlap, `labels ${i} and ${j} overlap at ${viewport.width}px`);
        }
      await context.close();
    }
  });

  it('loads with no console errors and no request leaving the site', async () => {
    const { context, page, log } = await openPage(site);
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.foreignRequests, []);
    await context.close();
  });
});

/** Sum of the layout shifts a page makes while it loads and its code starts (as CLS counts them). */
async function loadShift(page: Page, url: string): Promise<{ total: number; sources: string[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: { total: number; sources: string[] } };
    w.__shift = { total: 0, sources: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__shift.total += entry.value;
        for (const s of entry.sources ?? [])
          w.__shift.sources.push((s.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?');
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  return page.evaluate(
    () => (window as unknown as { __shift: { total: number; sources: string[] } }).__shift,
  );
}

describe('a steady first screen', () => {
  // The CLS budget is 0.02. Controls that need scripts are laid out from the first paint (and
  // removed by `@media (scripting: none)`), and nothing that arrives late changes a box's size.
  it('does not move while the story and a map embed load and start, on a phone', async () => {
    for (const path of ['/', '/embed/map/the-new-line/']) {
      const { context, page } = await openPage(site, { viewport: viewports.phone });
      const shift = await loadShift(page, site.url + path);
      assert.ok(shift.total <= 0.01, `${path}: shift ${shift.total} from ${shift.sources}`);
      await context.close();
    }
  });

  it('shows no script-only control when scripts are off, and all of them when on', async () => {
    const selector = 'name-switch, theme-switch, motion-toggle';
    for (const javaScriptEnabled of [false, true]) {
      const { context, page } = await openPage(site, { javaScriptEnabled });
      await page.goto(site.url + '/');
      // They live in the bar's Settings menu, itself shown only with scripts.
      assert.equal(await page.locator('details.settings').isVisible(), javaScriptEnabled);
      if (javaScriptEnabled) await setting(page, 'Theme');
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent !== null));
      assert.equal(visible.length, 3);
      assert.ok(
        visible.every((v) => v === javaScriptEnabled),
        `${javaScriptEnabled}: ${visible}`,
      );
      await context.close();
    }
  });
});

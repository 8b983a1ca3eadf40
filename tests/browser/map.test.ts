/**
 * The browser map against real MapLibre and Chromium (SwiftShader WebGL): the contract the unit
 * tests' fake map stands in for, on the explorer page /map/ and through the `karabakh:*` events
 * the story page sends.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  HIGHLIGHT_PLACES_EVENT,
  REDUCED_MOTION_EVENT,
  STEP_EVENT,
} from '../../src/client/events.ts';
import type { MapStep } from '../../src/map/browser/mapControllerOptions.ts';
import { layers } from '../../src/map/shared/layers.ts';
import { layerIds } from '../../src/schemas/layerIds.ts';
import { openPage, startSite, viewports, type Site } from './harness.ts';

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

const READY = 'story-map[data-map-state="ready"]';
const TIMEOUT = { timeout: 60_000 };

const stepA: MapStep = {
  id: 'test-before-the-war',
  camera: {
    bounds: [
      [45.6, 38.9],
      [47.4, 40.7],
    ],
    bearing: 0,
    pitch: 0,
  },
  layers: ['countries', 'held-1994-2020', 'loc-1994'],
  places: ['stepanakert', 'goris', 'aghdam'],
  highlight: [],
};
const stepB: MapStep = {
  id: 'test-the-corridor',
  camera: {
    bounds: [
      [46.2, 39.45],
      [46.95, 39.95],
    ],
    bearing: 0,
    pitch: 0,
  },
  layers: ['countries', 'held-2020-2023', 'loc-2020', 'lachin-corridor'],
  places: ['lachin', 'shusha', 'stepanakert', 'goris'],
  highlight: ['lachin'],
};

async function openMap(options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(site, options);
  await opened.page.goto(site.url + '/map/');
  await opened.page.waitForSelector(READY, TIMEOUT);
  await opened.page.waitForSelector('story-map[data-map-step="explore"]', TIMEOUT);
  return opened;
}

const mapState = (page: Page) =>
  page.evaluate(() => document.querySelector('story-map')?.mapState ?? null);

/** Sends a step the way the story's scroller does and waits until its camera has settled. */
async function sendStep(page: Page, step: MapStep, reducedMotion = false) {
  await page.evaluate(
    ([s, reduced, type]) =>
      document.dispatchEvent(
        new CustomEvent(type, {
          detail: { id: s.id, index: 0, step: s, reducedMotion: reduced },
        }),
      ),
    [step, reducedMotion, STEP_EVENT] as const,
  );
  await page.waitForSelector(`story-map[data-map-step="${step.id}"]`, TIMEOUT);
}

/** Boxes of the labels on screen, with their place ids and text. */
const visibleLabels = (page: Page) =>
  page.locator('story-map .map-label:not([hidden])').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: (el as HTMLElement).dataset.place ?? '',
        text: el.textContent ?? '',
        fontSize: parseFloat(getComputedStyle(el).fontSize),
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
      };
    }),
  );

/** Fails when any two boxes overlap by more than half a pixel. */
function assertNoOverlap(
  boxes: { id: string; x0: number; y0: number; x1: number; y1: number }[],
  where: string,
) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap =
        a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
      assert.ok(!overlap, `labels ${a.id} and ${b.id} overlap ${where}`);
    }
}

describe('the explorable map (/map/)', () => {
  it('starts MapLibre under SwiftShader with every layer loaded from the site itself', async () => {
    const { context, page, log } = await openPage(site);
    const geo: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/geo/')) geo.push(new URL(r.url()).pathname);
    });
    await page.goto(site.url + '/map/');
    await page.waitForSelector(READY, TIMEOUT);
    await page.waitForSelector('story-map[data-map-step="explore"]', TIMEOUT);
    assert.deepEqual(geo.sort(), layerIds.map((id) => `/geo/${layers[id].file}`).sort());
    const canvas = await page.locator('story-map canvas.maplibregl-canvas').boundingBox();
    assert.ok(
      canvas && canvas.width > 600 && canvas.height > 600,
      'the map fills the page beside the panel',
    );
    assert.match(
      (await page.locator('story-map .maplibregl-ctrl-attrib').textContent()) ?? '',
      /Natural Earth \(public domain\).*geoBoundaries \(CC BY-SA 3\.0\)/,
    );
    assert.match(
      (await page.locator('story-map .maplibregl-ctrl-scale').textContent()) ?? '',
      /\d+\s*km/,
    );
    assert.deepEqual(log.foreignRequests, []);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('shows and hides layers with the checkboxes, keeping the registry drawing order', async () => {
    const { context, page, log } = await openMap();
    await page.locator('input[name="map-layer"][value="loc-1994"]').uncheck();
    await page.locator('input[name="map-layer"][value="districts"]').check();
    await page.locator('input[name="map-layer"][value="lachin-corridor"]').check();
    assert.deepEqual((await mapState(page))?.visibleLayers, [
      'countries',
      'water',
      'held-2020-2023',
      'districts',
      'nkao-1991',
      'loc-2020',
      'lachin-corridor',
    ]);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('draws place labels as DOM text, 13 px or larger, that never overlap, on desktop and phone', async () => {
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const { context, page, log } = await openMap({ viewport });
      const labels = await visibleLabels(page);
      const canvas = (await page.locator('story-map canvas.maplibregl-canvas').boundingBox())!;
      assert.ok(labels.length >= 10, `${labels.length} labels at ${viewport.width}px`);
      assertNoOverlap(labels, `at ${viewport.width}px`);
      for (const l of labels) {
        assert.ok(l.text.trim().length > 1, `label ${l.id} has text`);
        assert.ok(l.fontSize >= 13, `label ${l.id} is ${l.fontSize}px`);
        assert.ok(
          l.x0 >= canvas.x - 0.5 && l.x1 <= canvas.x + canvas.width + 0.5,
          `${l.id} inside the map`,
        );
      }
      assert.deepEqual((await mapState(page))?.labelledPlaces, labels.map((l) => l.id).sort());
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    }
  });

  it('shows no dot without its name, and names every place at some zoom', async () => {
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const { context, page, log } = await openMap({ viewport, reducedMotion: 'reduce' });
      // Each point is followed by its place's label (src/map/browser/LabelLayer.ts).
      const unnamedDots = () =>
        page.locator('story-map .map-point:not([hidden])').evaluateAll((els) =>
          els
            .map((el) => el.nextElementSibling as HTMLElement)
            .filter((label) => label.hidden || label.getBoundingClientRect().width === 0)
            .map((label) => label.dataset.place ?? '?'),
        );
      assert.deepEqual(await unnamedDots(), [], `at ${viewport.width}px, the first view`);
      const places = await page.evaluate(() => {
        const json = document.querySelector('story-map script[data-map-places]')?.textContent;
        return (JSON.parse(json ?? '[]') as { id: string; lon: number; lat: number }[]).map(
          ({ id, lon, lat }) => ({ id, lon, lat }),
        );
      });
      assert.ok(places.length > 20, `${places.length} places`);
      const unnamedPlaces: string[] = [];
      for (const place of places) {
        // Zoomed in on the place, with every place of the explorer still asked for.
        await sendStep(
          page,
          {
            id: `zoom-${place.id}`,
            camera: {
              bounds: [
                [place.lon - 0.03, place.lat - 0.02],
                [place.lon + 0.03, place.lat + 0.02],
              ],
              bearing: 0,
              pitch: 0,
            },
            layers: ['countries', 'water'],
            places: places.map((p) => p.id),
            highlight: [],
          },
          true,
        );
        const label = page.locator(`story-map .map-label[data-place="${place.id}"]`);
        if (!(await label.isVisible())) unnamedPlaces.push(place.id);
        assert.deepEqual(await unnamedDots(), [], `zoomed in on ${place.id}`);
      }
      assert.deepEqual(unnamedPlaces, [], `places never named at ${viewport.width}px`);
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    }
  });

  it('marks approximate places with a dashed ring and says "(approx.)" to screen readers', async () => {
    const { context, page } = await openMap();
    const approximate = await page.evaluate(() => {
      const json = document.querySelector('story-map script[data-map-places]')?.textContent ?? '[]';
      return (JSON.parse(json) as { id: string; approximate: boolean }[])
        .filter((p) => p.approximate)
        .map((p) => p.id);
    });
    assert.ok(approximate.length > 0, 'the gazetteer has approximate places');
    for (const id of approximate) {
      const label = page.locator(`story-map .map-label[data-place="${id}"]`);
      assert.match((await label.textContent()) ?? '', /\(approx\.\)$/);
      assert.match((await label.getAttribute('class')) ?? '', /is-approximate/);
    }
    assert.ok(
      (await page.locator('story-map .map-point.is-approximate:not([hidden])').count()) > 0,
    );
    await context.close();
  });

  it('switches the labels to Azerbaijani usage and keeps them apart', async () => {
    const { context, page } = await openMap();
    await page.locator('input[name="map-names"][value="az"]').check();
    const lachin = page.locator('story-map .map-label[data-place="lachin"]');
    assert.match((await lachin.textContent()) ?? '', /^Laçın/);
    assert.equal(await lachin.getAttribute('data-hy'), 'Berdzor');
    assertNoOverlap(await visibleLabels(page), 'in Azerbaijani usage');
    await context.close();
  });
});

describe('the map driven by karabakh:* events', () => {
  it('ends A → B exactly where B alone ends, and a newer step wins over one still flying', async () => {
    const viaA = await openMap();
    await viaA.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenSteps: string[] }).seenSteps = seen;
      const map = document.querySelector('story-map')!;
      new MutationObserver(() => seen.push(map.dataset.mapStep ?? '')).observe(map, {
        attributeFilter: ['data-map-step'],
      });
    });
    await viaA.page.evaluate(
      ([a, b, type]) => {
        const send = (s: typeof a) =>
          document.dispatchEvent(
            new CustomEvent(type, {
              detail: { id: s.id, index: 0, step: s, reducedMotion: false },
            }),
          );
        send(a);
        // B arrives while the flight to A is under way.
        setTimeout(() => send(b), 300);
      },
      [stepA, stepB, STEP_EVENT] as const,
    );
    await viaA.page.waitForSelector(`story-map[data-map-step="${stepB.id}"]`, TIMEOUT);
    const seen = await viaA.page.evaluate(
      () => (window as unknown as { seenSteps: string[] }).seenSteps,
    );
    assert.deepEqual(seen, [stepB.id], 'A never counted as settled');

    const direct = await openMap();
    await sendStep(direct.page, stepB);

    const a = (await mapState(viaA.page))!;
    const b = (await mapState(direct.page))!;
    assert.equal(a.moving, false);
    assert.ok(Math.abs(a.camera.center[0] - b.camera.center[0]) < 1e-6, 'same longitude');
    assert.ok(Math.abs(a.camera.center[1] - b.camera.center[1]) < 1e-6, 'same latitude');
    assert.ok(Math.abs(a.camera.zoom - b.camera.zoom) < 1e-6, 'same zoom');
    assert.deepEqual(a.visibleLayers, stepB.layers);
    assert.deepEqual(a.visibleLayers, b.visibleLayers);
    assert.deepEqual(a.labelledPlaces, b.labelledPlaces);
    assert.deepEqual(a.highlighted, ['lachin']);
    assert.match(
      (await viaA.page
        .locator('story-map .map-label[data-place="lachin"]')
        .getAttribute('class')) ?? '',
      /is-highlighted/,
    );
    assert.deepEqual(viaA.log.consoleErrors, []);
    assert.deepEqual(direct.log.consoleErrors, []);
    await viaA.context.close();
    await direct.context.close();
  });

  it('treats a repeated step as a no-op', async () => {
    const { context, page } = await openMap();
    await sendStep(page, stepA);
    const before = (await mapState(page))!;
    await page.evaluate(
      ([s, type]) =>
        document.dispatchEvent(
          new CustomEvent(type, {
            detail: { id: s.id, index: 0, step: s, reducedMotion: false },
          }),
        ),
      [stepA, STEP_EVENT] as const,
    );
    await page.waitForTimeout(200);
    const after = (await mapState(page))!;
    assert.equal(after.moving, false, 'no new flight');
    assert.deepEqual(after, before);
    await context.close();
  });

  it('jumps instead of flying with reduced motion', async () => {
    const { context, page } = await openMap();
    await page.evaluate(
      (type) => document.dispatchEvent(new CustomEvent(type, { detail: { reduced: true } })),
      REDUCED_MOTION_EVENT,
    );
    const started = Date.now();
    await sendStep(page, stepB, true);
    assert.ok(Date.now() - started < 1000, 'settled well before a flight would have');
    assert.equal((await mapState(page))?.moving, false);
    await context.close();
  });

  it('highlights the places the timeline scrubber names', async () => {
    const { context, page } = await openMap();
    await sendStep(page, stepA, true);
    await page.evaluate(
      (type) =>
        document.dispatchEvent(
          new CustomEvent(type, { detail: { placeIds: ['shusha', 'goris'] } }),
        ),
      HIGHLIGHT_PLACES_EVENT,
    );
    assert.deepEqual((await mapState(page))?.highlighted, ['goris', 'shusha']);
    assert.match(
      (await page.locator('story-map .map-point.is-highlighted').first().getAttribute('class')) ??
        '',
      /is-highlighted/,
    );
    await context.close();
  });

  it("keeps a step's places above the text cards on a phone, and cleans up a removed map", async () => {
    const { context, page, log } = await openMap({ viewport: viewports.phone });
    // A story-style map (text cards over its lower 45%), built from the explorer's own element.
    await page.evaluate(() => {
      const old = document.querySelector('story-map')!;
      const places = old.querySelector('script[data-map-places]')!.cloneNode(true);
      old.closest('.explorer')!.remove();
      const stage = document.createElement('div');
      stage.style.cssText = 'position:fixed;inset:0';
      const map = document.createElement('story-map');
      // Same class and style scope as the page's element, none of its explorer settings.
      for (const { name, value } of old.attributes)
        if (!/^data-(map-|interactive|phone-card-share)/.test(name)) map.setAttribute(name, value);
      map.append(places);
      stage.append(map);
      document.body.append(stage);
    });
    await sendStep(page, stepB);
    assert.equal(
      await page.locator('canvas.maplibregl-canvas').count(),
      1,
      'the removed map left no canvas',
    );
    const points = await page.locator('story-map .map-point:not([hidden])').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      }),
    );
    assert.ok(points.length >= 3);
    for (const p of points) {
      assert.ok(
        p.y > 0 && p.y <= 844 * 0.55 + 1,
        `point at y=${p.y.toFixed(0)} is above the cards`,
      );
      assert.ok(p.x > 0 && p.x < 390, `point at x=${p.x.toFixed(0)} is on screen`);
    }
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it("follows the reader's dark colour scheme in its labels", async () => {
    const { context, page } = await openMap({ colorScheme: 'dark' });
    const color = await page
      .locator('story-map .map-label:not([hidden])')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    assert.equal(color, 'rgb(236, 234, 229)');
    await context.close();
  });
});

describe('the map without WebGL', () => {
  it('says so, stays out of the way and leaves the static map in charge', async () => {
    const { context, page, log } = await openPage(site);
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        return /webgl/.test(type) ? null : original.call(this, type as '2d', ...(rest as []));
      } as typeof original;
    });
    await page.goto(site.url + '/map/');
    await page.waitForSelector('story-map[data-map-state="failed"]', TIMEOUT);
    const notice = page.locator('story-map .map-notice');
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.ok(await notice.isVisible());
    assert.match((await notice.textContent()) ?? '', /could not start on this device/);
    assert.equal(await page.locator('story-map canvas').count(), 0);
    assert.equal(await page.locator('story-map .map-labels').count(), 0);
    assert.ok(
      await page.locator('.map-fallback svg[role="img"]').isVisible(),
      'the static map shows',
    );
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

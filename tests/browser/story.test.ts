import assert from 'node:assert/strict';
import { withContextLayers } from '../../src/map/shared/contextLayers.ts';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  openPage,
  setting,
  startSite,
  storySteps,
  viewports,
  waitForLiveMap,
  waitForMapAt,
  type Site,
} from './harness.ts';

/** The steps as the editors wrote them, in reading order: the expectations come from data/. */
const steps = storySteps();
const mapSteps = steps.filter((s) => !s.chart);

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

const activeStep = (page: Page) => page.locator('story-scroller').getAttribute('data-active-step');

/**
 * Where a point lands on the live map, in CSS pixels from its top left: Web Mercator with
 * MapLibre's 512-pixel world at zoom 0, for a camera without bearing or pitch.
 */
function onScreen(
  camera: { center: [number, number] | { lng: number; lat: number }; zoom: number },
  canvas: { width: number; height: number },
) {
  const world = 512 * 2 ** camera.zoom;
  const project = ([lng, lat]: readonly number[]) => {
    const sin = Math.sin((lat! * Math.PI) / 180);
    return [
      ((lng! + 180) / 360) * world,
      (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
    ] as const;
  };
  const [cx, cy] = project(lngLat(camera.center));
  return (point: readonly number[]) => {
    const [x, y] = project(point);
    return [x - cx + canvas.width / 2, y - cy + canvas.height / 2] as const;
  };
}

/** Waits until the map has settled on `id` and returns its state. */
async function mapStateAt(page: Page, id: string) {
  await waitForMapAt(page, id, 20_000);
  return page.evaluate(() => {
    const el = document.querySelector('story-map') as HTMLElement & { mapState: unknown };
    return JSON.parse(JSON.stringify(el.mapState)) as {
      stepId: string;
      camera: {
        center: [number, number] | { lng: number; lat: number };
        zoom: number;
        bearing: number;
        pitch: number;
      };
      visibleLayers: string[];
      highlighted: string[];
      labelledPlaces: string[];
    };
  });
}

const lngLat = (c: [number, number] | { lng: number; lat: number }) =>
  Array.isArray(c) ? c : [c.lng, c.lat];

describe('the story, with JavaScript off', () => {
  it('reads top to bottom with a static graphic and text for every step', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/');
    const sections = page.locator('.step[data-step-id]');
    assert.equal(await sections.count(), steps.length);
    for (let i = 0; i < steps.length; i++) {
      const section = sections.nth(i);
      assert.equal(await section.getAttribute('id'), steps[i]!.id);
      // A step of a run of steps showing one chart has the run's graphic beside it instead.
      const inRun = await section.evaluate((el) => el.classList.contains('in-run'));
      const graphic = (
        inRun
          ? section.locator(
              'xpath=ancestor::div[contains(concat(" ", @class, " "), " chart-run ")]/div[contains(@class, "step-graphic")]//*[local-name()="svg" and @role="img"]',
            )
          : section.locator('.step-graphic svg[role="img"]')
      ).first();
      assert.equal(await graphic.count(), 1, `step ${steps[i]!.id} has a static graphic`);
      assert.ok(((await section.locator('.step-body').textContent()) ?? '').trim().length > 40);
    }
    await context.close();
  });

  it('draws each map step’s layers and marks its highlighted places', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/');
    for (const step of mapSteps) {
      const svg = page.locator(`#${step.id} .step-graphic svg`);
      for (const layer of step.layers.filter((l) => l !== 'countries' && l !== 'water'))
        assert.ok(
          (await svg.locator(`:is(path, use).layer-${layer}`).count()) > 0,
          `${step.id} draws ${layer}`,
        );
      assert.equal(
        await svg.locator('circle.place.highlighted').count(),
        (step.highlight ?? []).length,
        `${step.id} highlights`,
      );
    }
    await context.close();
  });
});

describe('the story, scrolled in Chromium', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`activates every step in order when scrolled (${name})`, async () => {
      const { context, page, log } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(site.url + '/');
      const seen: string[] = [];
      for (const step of steps) {
        await page.evaluate(
          (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
          step.id,
        );
        // Generous: after each step the live map does its work on the same thread (a few seconds
        // under SwiftShader on a loaded machine) before the page can see the next scroll. Every
        // step must still become active, in order; tests/browser/scrolling.test.ts sets the pace.
        await page.waitForFunction(
          (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
          step.id,
          { timeout: 30_000 },
        );
        seen.push((await activeStep(page)) ?? '');
      }
      assert.deepEqual(
        seen,
        steps.map((s) => s.id),
      );
      assert.equal(new URL(page.url()).hash, `#${steps.at(-1)!.id}`);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.foreignRequests, []);
      await context.close();
    });
  }

  it('moves the map to each map step’s camera and layers', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/');
    for (const step of mapSteps.slice(0, 12)) {
      await page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
        step.id,
      );
      const state = await mapStateAt(page, step.id);
      assert.deepEqual(
        [...state.visibleLayers].sort(),
        // The step's own layers plus the context the map adds by rule (roads on zoomed-in views).
        [...withContextLayers(step.layers, step.camera)].sort(),
        `${step.id} layers`,
      );
      assert.deepEqual(
        [...state.highlighted].sort(),
        [...(step.highlight ?? [])].sort(),
        `${step.id} highlight`,
      );
      if (step.camera.bounds) {
        // The camera frames the step's area beside the legend and the card, so its centre may
        // lie off the area; what the reader must get is the whole area on the map, framed large.
        const canvas = await page.evaluate(() => {
          const r = document.querySelector('story-map canvas')!.getBoundingClientRect();
          return { width: r.width, height: r.height };
        });
        const [[w, s], [e, n]] = step.camera.bounds;
        const toScreen = onScreen(state.camera, canvas);
        const [x0, y0] = toScreen([w, n]);
        const [x1, y1] = toScreen([e, s]);
        assert.ok(
          x0 >= -1 && y0 >= -1 && x1 <= canvas.width + 1 && y1 <= canvas.height + 1,
          `${step.id}: its area ${[x0, y0, x1, y1].map(Math.round).join(',')} is all on the ${canvas.width}×${canvas.height} map`,
        );
        assert.ok(
          x1 - x0 >= canvas.width / 3 || y1 - y0 >= canvas.height / 3,
          `${step.id}: its area is framed large, not lost in the view`,
        );
      }
    }
    await context.close();
  });

  it('lands a deep link in the same state as scrolling there, and survives fast scrolling', async () => {
    const target = mapSteps[Math.floor(mapSteps.length / 2)]!;
    const a = await openPage(site, { reducedMotion: 'reduce' });
    await a.page.goto(`${site.url}/#${target.id}`);
    assert.equal(await activeStep(a.page), target.id);
    const direct = await mapStateAt(a.page, target.id);

    const b = await openPage(site, { reducedMotion: 'reduce' });
    await b.page.goto(site.url + '/');
    // Race through the story: jump to the end, back to the start, then to the target.
    await b.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await b.page.waitForTimeout(100);
    await b.page.evaluate(() => window.scrollTo(0, 0));
    await b.page.waitForTimeout(50);
    await b.page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      target.id,
    );
    await b.page.waitForFunction(
      (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
      target.id,
    );
    const scrolled = await mapStateAt(b.page, target.id);

    assert.deepEqual(scrolled.visibleLayers.sort(), direct.visibleLayers.sort());
    assert.deepEqual(scrolled.highlighted.sort(), direct.highlighted.sort());
    const [l1, p1] = lngLat(direct.camera.center);
    const [l2, p2] = lngLat(scrolled.camera.center);
    assert.ok(Math.abs(l1! - l2!) < 1e-3 && Math.abs(p1! - p2!) < 1e-3, 'same centre');
    assert.ok(Math.abs(direct.camera.zoom - scrolled.camera.zoom) < 1e-3, 'same zoom');
    await a.context.close();
    await b.context.close();
  });

  it('with reduced motion, jumps the camera without animating', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(`${site.url}/#${mapSteps[0]!.id}`);
    await mapStateAt(page, mapSteps[0]!.id);
    const second = mapSteps[1]!;
    const moves = await page.evaluate(async (id) => {
      const el = document.querySelector('story-map') as HTMLElement & {
        mapState: { moving: boolean };
      };
      let movingSeen = 0;
      const timer = setInterval(() => {
        if (el.mapState.moving) movingSeen += 1;
      }, 5);
      document.getElementById(id)!.scrollIntoView({ block: 'start' });
      await new Promise((r) => setTimeout(r, 600));
      clearInterval(timer);
      return movingSeen;
    }, second.id);
    assert.equal(moves, 0);
    await context.close();
  });

  it('announces the graphic of the active step politely and offers next/previous controls that move focus', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(`${site.url}/#${steps[1]!.id}`);
    const live = page.locator('.story-live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.locator(`#${steps[1]!.id} button[data-step-nav="next"]`).click();
    await page.waitForFunction(
      (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
      steps[2]!.id,
    );
    const focused = await page.evaluate(() => document.activeElement?.closest('.step')?.id);
    assert.equal(focused, steps[2]!.id);
    assert.ok(((await live.textContent()) ?? '').length > 10, 'the description was announced');
    await context.close();
  });

  it('keeps the address on the active step without adding history entries', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/');
    await page.waitForSelector('story-scroller.is-enhanced');
    const before = await page.evaluate(() => history.length);
    // Step by step, as a reader scrolls: each step must take the address before the next one.
    // (Jumping far in one go is covered by the skipped-step tests above.)
    for (const step of steps.slice(0, 6)) {
      await page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
        step.id,
      );
      await page.waitForFunction((id) => location.hash === `#${id}`, step.id);
    }
    assert.equal(await page.evaluate(() => history.length), before);
    await context.close();
  });
});

describe('loading and device behaviour', () => {
  it('fetches MapLibre only when the reader nears the story', async () => {
    // On a phone the story starts more than a screen and a half below the fold.
    const { context, page } = await openPage(site, { viewport: viewports.phone });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    assert.ok(!requested.some((u) => /maplibre-gl/.test(u)), 'no MapLibre at first paint');
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      mapSteps[0]!.id,
    );
    await waitForLiveMap(page, 20_000);
    assert.ok(
      requested.some((u) => /maplibre-gl/.test(u)),
      'MapLibre loaded once needed',
    );
    await context.close();
  });

  it('downloads a chart’s code only as the reader nears it, and the chart still builds up', async () => {
    const { context, page } = await openPage(site);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    assert.deepEqual(
      requested.filter((u) => /\/_astro\/chart-/.test(u)),
      [],
      'no chart code at first paint',
    );
    const chartStep = steps.find((s) => s.chart)!;
    const tag = `chart-${chartStep.chart!.id}`;
    assert.equal(await page.evaluate((t) => customElements.get(t) === undefined, tag), true);
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      chartStep.id,
    );
    await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
    // One chart element serves every chart (src/client/chart-element.ts); the chart's own module
    // comes with it, and a chart further down stays undefined until the reader nears it too.
    assert.ok(
      requested.some((u) => u.includes('/_astro/chart-element.')),
      `${tag}'s element code fetched when near`,
    );
    const farChart = steps.findLast((s) => s.chart && s.chart.id !== chartStep.chart!.id);
    if (farChart)
      assert.equal(
        await page.evaluate(
          (t) => customElements.get(t) === undefined,
          `chart-${farChart.chart!.id}`,
        ),
        true,
        `chart-${farChart.chart!.id}, far below, not loaded yet`,
      );
    // The upgraded element drew the step's state: it mounted its chart on the build's SVG.
    await page.waitForFunction(
      (t) => (document.querySelector(t) as (HTMLElement & { chart?: unknown }) | null)?.chart,
      tag,
    );
    await context.close();
  });

  it('on a phone, keeps the highlighted places clear of the text card', async () => {
    const { context, page } = await openPage(site, {
      viewport: viewports.phone,
      reducedMotion: 'reduce',
    });
    await page.goto(site.url + '/');
    for (const step of mapSteps.filter((s) => (s.highlight ?? []).length > 0).slice(0, 8)) {
      await page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
        step.id,
      );
      await mapStateAt(page, step.id);
      // The moment a step becomes active: its card sits in the lower part of the screen.
      const clash = await page.evaluate(
        (s) => {
          const card = document.querySelector(`#${s.id} .step-text`)!.getBoundingClientRect();
          const bad: string[] = [];
          for (const id of s.highlight) {
            const label = document.querySelector(`story-map .map-label[data-place="${id}"]`);
            if (!label) continue;
            const r = label.getBoundingClientRect();
            const overlap =
              r.left < card.right &&
              card.left < r.right &&
              r.top < card.bottom &&
              card.top < r.bottom;
            if (overlap) bad.push(id);
          }
          return bad;
        },
        { id: step.id, highlight: step.highlight ?? [] },
      );
      assert.deepEqual(clash, [], `${step.id}: highlighted places under the card`);
    }
    await context.close();
  });

  it('offers a reduce-motion switch that defaults to the system setting and persists', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/');
    await setting(page, 'Theme');
    const button = page.locator('motion-toggle button');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.reducedMotion),
      'false',
    );
    await page.reload();
    assert.equal(await page.locator('motion-toggle button').getAttribute('aria-pressed'), 'false');
    await context.close();
  });
});

describe('the war timeline in the story', () => {
  const war = JSON.parse(
    readFileSync(new URL('../../data/events/2020-war.json', import.meta.url), 'utf8'),
  ) as {
    date: string;
    category: string;
    places: string[];
  }[];
  const claimedBy = (date: string) =>
    [
      ...new Set(
        war
          .filter((e) => e.category === 'capture-claim' && e.date <= date)
          .flatMap((e) => e.places),
      ),
    ].sort();

  it('drives the map: scrubbing highlights the places claimed so far', async () => {
    const step = steps.find((s) => s.chart?.id === 'war-timeline')!;
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(`${site.url}/#${step.id}`);
    await mapStateAt(page, step.id);
    const slider = page.locator(`#${step.id} input[type="range"]`);
    await slider.focus();
    const highlighted = () =>
      page.evaluate(() =>
        [
          ...(
            document.querySelector('story-map') as HTMLElement & {
              mapState: { highlighted: string[] };
            }
          ).mapState.highlighted,
        ].sort(),
      );

    await page.keyboard.press('Home');
    assert.deepEqual(await highlighted(), claimedBy('2020-09-27'));
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight'); // 5 October
    assert.deepEqual(await highlighted(), claimedBy('2020-10-05'));
    await page.keyboard.press('End');
    const all = await highlighted();
    assert.deepEqual(all, claimedBy('2020-11-10'));
    assert.ok(all.includes('shusha') && all.length >= 7, `all claimed places: ${all.join(', ')}`);
    // The mouse works too: a click near the slider's left end goes back to the first days.
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    assert.deepEqual(await highlighted(), claimedBy('2020-09-27'));
    await context.close();
  });
});

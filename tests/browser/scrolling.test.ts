/**
 * Reading never breaks: every step becomes active at a brisk reading pace, the active step is
 * right the moment a fling stops, a resize or rotation keeps the reader on their step, and no
 * address throws. Scrolling is done inside the page and timed by its own clock, so a loaded
 * machine slows the test down but cannot change what the page sees.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { STEP_EVENT } from '../../src/client/events.ts';
import { openPage, startSite, storySteps, viewports, waitForMapAt, type Site } from './harness.ts';

const steps = storySteps();
const ids = steps.map((s) => s.id);

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** Records every step event the page sends, in order, from its very first script on. */
async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript((type) => {
    const seen: string[] = [];
    (window as unknown as { seenSteps: string[] }).seenSteps = seen;
    document.addEventListener(type, (e) => seen.push((e as CustomEvent<{ id: string }>).detail.id));
  }, STEP_EVENT);
}

const seenSteps = (page: Page) =>
  page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);

/**
 * Where the page stands once scrolling has stopped and one more frame has passed: the active
 * step, the step whose box holds the trigger line (measured here, independently of the page's
 * code), and the address's hash.
 */
function settledState(page: Page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // Scrolling has stopped once the offset holds still for a few frames.
    let last = -1;
    let still = 0;
    while (still < 5) {
      await frame();
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
    await frame();
    const line = innerHeight * (matchMedia('(max-width: 480px)').matches ? 0.7 : 0.5);
    const atLine =
      [...document.querySelectorAll<HTMLElement>('.step[data-step-id]')].find((el) => {
        const r = el.getBoundingClientRect();
        return r.top <= line && line < r.bottom;
      })?.id ?? null;
    return {
      active: document.querySelector('story-scroller')?.getAttribute('data-active-step') ?? null,
      atLine,
      hash: location.hash,
    };
  });
}

/**
 * Scrolls the whole story inside the page, a third of a screen every 150 ms of the page's clock,
 * until the line is in the last step. Each scroll happens in an animation frame, so the page gets
 * to see every position, as it would under a reader's hand.
 */
function scrollThroughStory(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        let lastScroll = started;
        const steps = document.querySelectorAll<HTMLElement>('.step[data-step-id]');
        const end = steps[steps.length - 1]!;
        const tick = (now: number) => {
          const line = innerHeight * (matchMedia('(max-width: 480px)').matches ? 0.7 : 0.5);
          if (end.getBoundingClientRect().top <= line - innerHeight / 6) {
            resolve(performance.now() - started);
            return;
          }
          if (now - lastScroll >= 150) {
            lastScroll = now;
            window.scrollBy({ top: innerHeight / 3, behavior: 'instant' });
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

// Each pace run scrolls about 160 times, each in its own animation frame: a minute on a quiet
// machine, several on a loaded one, where SwiftShader's frames slow down.
describe('step activation at any speed', { timeout: 30 * 60_000 }, () => {
  for (let run = 1; run <= 3; run++) {
    it(`activates every step in order at a third of a screen per 150 ms, cold load ${run} of 3`, async () => {
      const { context, page, log } = await openPage(site);
      await recordSteps(page);
      await page.goto(site.url + '/');
      await page.waitForSelector('story-scroller.is-enhanced');
      const ms = await scrollThroughStory(page);
      const state = await settledState(page);
      assert.deepEqual(
        await seenSteps(page),
        ids,
        `every step once, in order (${Math.round(ms)} ms)`,
      );
      assert.equal(state.active, ids.at(-1));
      assert.equal(state.hash, `#${ids.at(-1)}`);
      await waitForMapAt(page, ids.at(-1)!);
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    });
  }

  it('has the step at the line active one frame after a fling stops, and the bare address at the top', async () => {
    const { context, page, log } = await openPage(site);
    await page.goto(site.url + '/');
    await page.waitForSelector('story-scroller.is-enhanced');
    // The story's extent in the page: flings land within it.
    const story = await page.evaluate(() => {
      const r = document.querySelector('story-scroller')!.getBoundingClientRect();
      return { top: r.top + scrollY, height: r.height - innerHeight };
    });
    // Smooth scrolls over many screens cross several steps within single frames.
    for (const share of [0.6, 0.15, 0.85, 0.4]) {
      await page.evaluate(
        (top) => window.scrollTo({ top, behavior: 'smooth' }),
        Math.round(story.top + story.height * share),
      );
      const state = await settledState(page);
      assert.ok(state.atLine, `a step is at the line after a fling to ${share}`);
      assert.equal(state.active, state.atLine, `fling to ${share} of the page`);
      assert.equal(state.hash, `#${state.atLine}`);
    }
    // Wheel flings, as a mouse or touchpad sends them: down through many steps, then back up.
    for (const dy of [6000, -2500]) {
      await page.mouse.move(200, 400);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, dy / 5);
      const state = await settledState(page);
      assert.equal(state.active, state.atLine, `after a wheel fling of ${dy}px`);
    }
    // Back to the top: no step is at the line, none is active and the address is the bare one.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'smooth' }));
    const top = await settledState(page);
    assert.equal(top.atLine, null);
    assert.equal(top.active, null);
    assert.equal(top.hash, '');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

describe('keeping the reader’s place', { timeout: 5 * 60_000 }, () => {
  it('stays on the step being read through resizes and rotations', async () => {
    const { context, page, log } = await openPage(site, { viewport: viewports.desktop });
    const target = steps[Math.floor(steps.length * 0.3)]!.id;
    await page.goto(site.url + '/');
    await page.waitForSelector('story-scroller.is-enhanced');
    // Read a little way into the step, not at its very top.
    await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      window.scrollBy({
        top: el.getBoundingClientRect().top + innerHeight * 0.1,
        behavior: 'instant',
      });
    }, target);
    assert.equal((await settledState(page)).active, target);
    const sizes = [
      viewports.phone,
      { width: 844, height: 390 },
      viewports.desktop,
      { width: 390, height: 844 },
      { width: 1024, height: 768 },
    ];
    for (const size of sizes) {
      await page.setViewportSize(size);
      const state = await settledState(page);
      const where = `${size.width}×${size.height}`;
      assert.equal(state.atLine, target, `${where}: the step at the line`);
      assert.equal(state.active, target, `${where}: the active step`);
      assert.equal(state.hash, `#${target}`, `${where}: the address`);
    }
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

describe('addresses', { timeout: 5 * 60_000 }, () => {
  it('never throws on a malformed or unknown hash', async () => {
    const { context, page, log } = await openPage(site);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const hash of ['#%', '#first-war%', '#%E0%A4%A', '#no-such-step']) {
      await page.goto(`${site.url}/${hash}`);
      await page.waitForSelector('story-scroller.is-enhanced');
      const state = await settledState(page);
      assert.equal(state.active, null, `${hash}: no step active`);
      assert.equal(await page.evaluate(() => scrollY), 0, `${hash}: at the top`);
    }
    // Typed into the address while reading: the reader stays on the step they are on.
    const middle = ids[Math.floor(ids.length / 2)]!;
    await page.goto(`${site.url}/#${middle}`);
    await page.evaluate(() => {
      location.hash = '%';
    });
    const state = await settledState(page);
    assert.equal(state.active, middle);
    assert.equal(state.atLine, middle);
    // An escaped id still finds its step.
    await page.goto(`${site.url}/#${encodeURIComponent(ids[2]!).replace(/-/g, '%2D')}`);
    assert.equal((await settledState(page)).active, ids[2]);
    assert.deepEqual(errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

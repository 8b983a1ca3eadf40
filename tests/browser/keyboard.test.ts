/**
 * The site with the keyboard only: Tab from the top of the story to its footer shows where focus
 * is at every stop, never gets stuck (MapLibre's canvas included) and reaches every step's
 * previous/next controls; an embedded chapter map steps with Enter and the arrow keys.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  builtEmbeds,
  openPage,
  startSite,
  viewports,
  waitForLiveMap,
  type Site,
} from './harness.ts';

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** What a sighted keyboard user sees of the focused element. */
interface FocusStop {
  /** A short description to name it in failures: tag, id or class, text. */
  name: string;
  /** Whether a focus ring shows: an outline or box-shadow that is not none, 0 or transparent. */
  indicated: boolean;
  inFooter: boolean;
  stepNav: string | null;
  stepId: string | null;
  mapCanvas: boolean;
  /** Identity across presses: the element's index in document order. */
  index: number;
}

function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const outline =
      cs.outlineStyle !== 'none' &&
      parseFloat(cs.outlineWidth) > 0 &&
      !transparent(cs.outlineColor);
    const shadow =
      cs.boxShadow !== 'none' &&
      !/^(rgba\(0, 0, 0, 0\)|transparent) 0px 0px 0px/.test(cs.boxShadow);
    const text = (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40);
    return {
      name: `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} “${text}”`,
      indicated: outline || shadow,
      inFooter: el.closest('.sources-footer') !== null,
      stepNav: el.getAttribute('data-step-nav'),
      stepId: el.closest<HTMLElement>('.step[data-step-id]')?.dataset.stepId ?? null,
      mapCanvas: el.classList.contains('maplibregl-canvas'),
      index: [...document.querySelectorAll('*')].indexOf(el),
    };
  });
}

describe('the story with the keyboard only', () => {
  it('tabs from the top to the footer, always showing focus, through every step’s controls', async () => {
    const { context, page } = await openPage(site, {
      viewport: viewports.desktop,
      reducedMotion: 'reduce',
    });
    await page.goto(site.url + '/');
    await page.waitForSelector('story-scroller.is-enhanced');
    const stepIds = await page.$$eval('.step[data-step-id]', (els) =>
      els.map((el) => (el as HTMLElement).dataset.stepId!),
    );
    const unindicated: string[] = [];
    const navReached = new Set<string>();
    let previous = -1;
    let repeats = 0;
    let reachedFooter = false;
    // Generous: the story has a few hundred stops (notes, links, controls); a loop past this
    // many means focus is going round in circles somewhere.
    for (let press = 0; press < 3000 && !reachedFooter; press++) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      assert.ok(stop, `focus fell to the page after ${press} presses (after #${previous})`);
      if (!stop.indicated) unindicated.push(stop.name);
      if (stop.stepNav && stop.stepId) navReached.add(`${stop.stepId}:${stop.stepNav}`);
      // A trap holds focus on one element however often Tab is pressed.
      repeats = stop.index === previous ? repeats + 1 : 0;
      assert.ok(repeats < 2, `focus is stuck on ${stop.name}`);
      previous = stop.index;
      reachedFooter = stop.inFooter;
    }
    assert.ok(reachedFooter, 'Tab reaches the footer');
    assert.deepEqual(unindicated, [], 'every focused element shows a focus indicator');
    // Every step offers Next but the last, and Previous but the first.
    const expected = stepIds.flatMap((id, i) => [
      ...(i > 0 ? [`${id}:prev`] : []),
      ...(i < stepIds.length - 1 ? [`${id}:next`] : []),
    ]);
    assert.deepEqual(
      expected.filter((k) => !navReached.has(k)),
      [],
      'step controls reached by Tab',
    );
    await context.close();
  });

  it('lets Tab leave the explorer’s MapLibre map once in it, and Shift+Tab come back', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/map/');
    await waitForLiveMap(page, 20_000);
    let stop: FocusStop | null = null;
    for (let press = 0; press < 100 && !stop?.mapCanvas; press++) {
      await page.keyboard.press('Tab');
      stop = await focusStop(page);
    }
    assert.ok(stop?.mapCanvas, 'the map can be focused with Tab (its arrow keys pan it)');
    assert.ok(stop.indicated, 'the focused map shows a focus indicator');
    const canvas = stop.index;
    // The map's own keys (arrows pan, + zooms) must not swallow Tab.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Equal');
    await page.keyboard.press('Tab');
    const after = await focusStop(page);
    assert.ok(after && after.index !== canvas, 'Tab moved focus out of the map');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focusStop(page))?.index, canvas, 'Shift+Tab returns to the map');
    await context.close();
  });
});

describe('an embedded chapter map with the keyboard only', () => {
  // The chapters come from the build, not from a list here.
  const chapters = builtEmbeds(['map']);

  it('steps with Enter on the buttons and with the arrow keys, and its caption follows', async () => {
    assert.ok(chapters.length > 0);
    const { context, page } = await openPage(site, {
      viewport: viewports.phone,
      reducedMotion: 'reduce',
    });
    // The first chapter with at least three map steps, so that Next, Next and Previous all move.
    let ids: string[] = [];
    for (const chapter of chapters) {
      await page.goto(`${site.url}${chapter}`);
      await page.waitForSelector('embed-stepper');
      ids = await page.$$eval('.stepper-step', (els) =>
        els.map((el) => (el as HTMLElement).dataset.stepId!),
      );
      if (ids.length >= 3) break;
    }
    assert.ok(ids.length >= 3, 'a chapter with three map steps');
    const stepper = page.locator('embed-stepper');
    const caption = () =>
      page.$eval('.stepper-step:not([hidden])', (el) => (el.textContent ?? '').trim());
    const status = () => page.locator('.stepper-status').textContent();

    // Tab to the Next button, as a keyboard user would.
    let label = '';
    for (let press = 0; press < 40 && label !== 'next'; press++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('data-stepper') ?? '');
    }
    assert.equal(label, 'next', 'Tab reaches the Next button');
    const first = await caption();
    await page.keyboard.press('Enter');
    assert.equal(await stepper.getAttribute('data-step'), ids[1]);
    assert.notEqual(await caption(), first, 'the caption changed');
    assert.match((await status()) ?? '', new RegExp(`Step 2 of ${ids.length}`));
    await page.keyboard.press('ArrowRight');
    assert.equal(await stepper.getAttribute('data-step'), ids[2]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await stepper.getAttribute('data-step'), ids[0]);
    assert.equal(await caption(), first, 'back to the first caption');
    // Previous is disabled on the first step; focus must not be dropped to the page.
    assert.notEqual(await page.evaluate(() => document.activeElement?.localName), 'body');
    await context.close();
  });
});

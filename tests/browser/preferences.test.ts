/**
 * The reader's own settings win over the system's, for every element the map included
 * (src/client/preferences.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, setting, startSite, storySteps, waitForMapAt, type Site } from './harness.ts';

const mapSteps = storySteps().filter((s) => !s.chart);

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** Scrolls to step `id` and counts the moments the map was seen moving until it settles there. */
async function movingWhileScrollingTo(page: Page, id: string): Promise<number> {
  const moving = await page.evaluate(async (step) => {
    const el = document.querySelector('story-map') as HTMLElement & {
      mapState: { moving: boolean };
    };
    let seen = 0;
    const timer = setInterval(() => {
      if (el.mapState?.moving) seen += 1;
    }, 5);
    document.getElementById(step)!.scrollIntoView({ block: 'start' });
    // Long enough for a flight to have started under any load.
    await new Promise((r) => setTimeout(r, 1500));
    clearInterval(timer);
    return seen;
  }, id);
  await waitForMapAt(page, id);
  return moving;
}

describe('the reduce-motion switch', { timeout: 5 * 60_000 }, () => {
  it('stops camera flights even while the system allows motion, whatever the system does', async () => {
    const { context, page, log } = await openPage(site, { reducedMotion: 'no-preference' });
    const [a, b, c, d] = mapSteps;
    await page.goto(`${site.url}/#${a!.id}`);
    await waitForMapAt(page, a!.id);
    // The system allows motion: the camera flies (so the counting below can see a flight).
    assert.ok((await movingWhileScrollingTo(page, b!.id)) > 0, 'a flight with motion allowed');

    await setting(page, 'Theme'); // opens the settings menu the switch sits in
    await page.locator('motion-toggle button').click();
    assert.equal(await page.locator('motion-toggle button').getAttribute('aria-pressed'), 'true');
    assert.equal(await movingWhileScrollingTo(page, c!.id), 0, 'no flight once switched off');

    // The system setting changes and changes back: the reader's switch still wins.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.equal(await movingWhileScrollingTo(page, d!.id), 0, 'no flight after a system change');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

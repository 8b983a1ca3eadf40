/**
 * Finding one's way in the story, in real Chromium: an opening with a map and the story's
 * strongest sourced fact on the first screen, and the sticky bar that says which chapter is being
 * read, how far along, and jumps to any chapter.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Chapter } from '../../src/schemas/chapter.ts';
import type { FigureSeries } from '../../src/schemas/figure.ts';
import { openPage, startSite, storySteps, viewports, type Site } from './harness.ts';

const steps = storySteps();
// A chapter's number is its place in chapters.json.
const chapters = (
  JSON.parse(
    readFileSync(new URL('../../data/story/chapters.json', import.meta.url), 'utf8'),
  ) as Chapter[]
).map((c, i) => ({ ...c, number: i + 1 }));
const figures = JSON.parse(
  readFileSync(new URL('../../data/figures.json', import.meta.url), 'utf8'),
) as FigureSeries[];

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

const barLabel = (page: Page) => page.locator('.story-bar .chapter-now').textContent();

describe('the opening', () => {
  for (const [name, viewport] of Object.entries(viewports))
    it(`shows the region on a map among its neighbours and the 2023 departure, sourced, on the first screen (${name})`, async () => {
      const { context, page, log } = await openPage(site, { viewport });
      await page.goto(site.url + '/');
      const map = page.locator('.site-header .header-graphic .static-map svg');
      const box = await map.boundingBox();
      assert.ok(box, 'the opening has a map');
      assert.ok(box.y >= 0 && box.y + box.height / 2 < viewport.height, `map at ${box.y}`);
      const labels = await map.locator('text.label').allTextContents();
      for (const place of ['Yerevan', 'Baku', 'Stepanakert'])
        assert.ok(labels.includes(place), `${place} on the opening map: ${labels.join(', ')}`);
      assert.ok(
        (await map.locator(':is(path, use).layer-nkao-1991').count()) >= 1,
        'the region outlined',
      );

      const arrivals = figures
        .find((f) => f.id === 'exodus-2023-arrivals-armenia')!
        .values.find((v) => v.date === '2023-09-30')!;
      const number = page.locator('.fact-number');
      assert.equal(await number.textContent(), arrivals.value.toLocaleString('en-GB'));
      const numberBox = (await number.boundingBox())!;
      assert.ok(numberBox.y + numberBox.height <= viewport.height, 'the number is on screen');
      // Each of the value's sources is a note that leads to its entry in the sources.
      const notes = await page
        .locator('.fact .note-ref')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const id of arrivals.sources) assert.ok(notes.includes(`#source-${id}`), id);
      for (const href of notes)
        assert.equal(await page.locator(href!).count(), 1, `${href} is in the notes`);
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    });
});

describe('the story bar', () => {
  it('stays on screen and shows the chapter and progress of the step in view', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/');
    assert.equal(await barLabel(page), 'Chapters');
    // The first step of every chapter, and the last step of the story.
    const visits = [
      ...chapters.map((c) => steps.findIndex((s) => s.chapter === c.id)),
      steps.length - 1,
    ];
    for (const index of visits) {
      const step = steps[index]!;
      const chapter = chapters.find((c) => c.id === step.chapter)!;
      await page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
        step.id,
      );
      const label = `${chapter.number} · ${chapter.title}`;
      await page.waitForFunction(
        ({ id, label }) =>
          document.querySelector('story-scroller')?.getAttribute('data-active-step') === id &&
          document.querySelector('.story-bar .chapter-now')?.textContent === label,
        { id: step.id, label },
      );
      assert.equal(await barLabel(page), label, step.id);
      const bar = await page.locator('.site-bar').boundingBox();
      assert.equal(bar?.y, 0, 'the bar stays at the top');
      assert.equal(
        await page.locator('.story-bar a[aria-current]').getAttribute('data-chapter'),
        chapter.id,
      );
      const progress = page.locator('.story-bar [role="progressbar"]');
      assert.equal(await progress.getAttribute('aria-valuenow'), String(index + 1));
      assert.equal(
        await progress.getAttribute('aria-valuetext'),
        `Step ${index + 1} of ${steps.length}`,
      );
    }
    await context.close();
  });

  for (const [name, viewport] of Object.entries(viewports))
    it(`jumps to any chapter from the keyboard (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(site.url + '/');
      const target = chapters[4]!;
      const first = steps.find((s) => s.chapter === target.id)!;
      await page.locator('.chapter-menu summary').focus();
      await page.keyboard.press('Enter');
      const link = page.locator(`.chapter-menu a[data-chapter="${target.id}"]`);
      assert.equal(await link.isVisible(), true, 'the menu lists the chapters');
      for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
        first.id,
      );
      assert.equal(new URL(page.url()).hash, `#${first.id}`);
      assert.equal(await barLabel(page), `${target.number} · ${target.title}`);
      assert.equal(await link.isVisible(), false, 'the menu closes');
      // The step's card is on screen, below the bar rather than under it.
      const bar = (await page.locator('.site-bar').boundingBox())!;
      const card = (await page.locator(`#${first.id} .step-text`).boundingBox())!;
      assert.ok(card.y + card.height > bar.y + bar.height, 'the card is below the bar');
      await context.close();
    });

  it('links the story to the charts, the map and the data, and they link back', async () => {
    const { context, page } = await openPage(site);
    for (const [path, back] of [
      ['/', ['/charts/', '/map/', '/data/']],
      ['/charts/', ['/']],
      ['/map/', ['/']],
      ['/data/', ['/']],
    ] as const) {
      await page.goto(site.url + path);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of back) assert.ok(hrefs.includes(href), `${path} links to ${href}`);
    }
    await context.close();
  });
});

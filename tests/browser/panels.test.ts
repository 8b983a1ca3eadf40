/**
 * Charts in the story's graphic panel, in real Chromium at the two reading sizes: each chart a
 * step shows fits its panel whole, title to source line, instead of running past the screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSite, storySteps, viewports, type Site } from './harness.ts';

const chartSteps = storySteps().filter((s) => s.chart && s.chart.placement !== 'text');

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

describe('charts in the story', () => {
  it('are shown by some steps', () => assert.ok(chartSteps.length > 0));

  for (const [name, viewport] of Object.entries(viewports))
    it(`fit their panel with title and source line, none taller than it (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/`);
      const bar = (await page.locator('.site-bar').boundingBox())!;
      for (const step of chartSteps) {
        await page.evaluate(
          (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
          step.id,
        );
        const fit = await page.evaluate((id) => {
          // A step of a run shares the run's one panel (Story.astro); any other has its own.
          const section = document.getElementById(id)!;
          const panel = (section.closest('.chart-run') ?? section).querySelector(
            ':scope > .step-graphic',
          )!;
          const figure = panel.querySelector<HTMLElement>('.chart-figure')!;
          const svg = [...figure.querySelectorAll('.chart-canvas > svg')].find(
            (s) => getComputedStyle(s).display !== 'none',
          )!;
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
          };
          return {
            panel: box(panel),
            figure: box(figure),
            title: box(figure.querySelector('.chart-title')!),
            drawing: box(svg),
            source: box(figure.querySelector('.chart-source')!),
            overflow: figure.scrollHeight - figure.clientHeight,
          };
        }, step.id);
        const where = `${step.id} (${step.chart!.id})`;
        const room = viewport.height - bar.height;
        assert.ok(
          fit.panel.bottom - fit.panel.top <= room,
          `${where}: panel ${fit.panel.bottom - fit.panel.top} px, room ${room}`,
        );
        assert.ok(fit.overflow <= 1, `${where}: ${fit.overflow} px of the chart overflow`);
        // Brought into view as a link or Next does, the panel is whole on screen, under the bar.
        assert.ok(
          fit.panel.top >= bar.height - 1 && fit.panel.bottom <= viewport.height + 1,
          `${where}: the panel (${fit.panel.top}–${fit.panel.bottom}) is on screen under the bar (${bar.height}–${viewport.height})`,
        );
        for (const part of ['figure', 'title', 'drawing', 'source'] as const)
          assert.ok(
            fit[part].top >= fit.panel.top && fit[part].bottom <= fit.panel.bottom,
            `${where}: the ${part} (${fit[part].top}–${fit[part].bottom}) is inside the panel (${fit.panel.top}–${fit.panel.bottom})`,
          );
      }
      await context.close();
    });
});

/** Runs of consecutive steps showing the same chart in the panel (src/lib/story/chartRuns.ts). */
const runs = chartSteps
  .reduce<(typeof chartSteps)[]>((all, step) => {
    const steps = storySteps();
    const last = all[all.length - 1];
    const prev = steps[steps.findIndex((s) => s.id === step.id) - 1];
    if (last && prev && last[last.length - 1]!.id === prev.id && prev.chart?.id === step.chart!.id)
      last.push(step);
    else all.push([step]);
    return all;
  }, [])
  .filter((run) => run.length > 1);

describe('a chart shown by consecutive steps', () => {
  it('is shown by at least one run of steps', () => assert.ok(runs.length > 0));

  for (const reducedMotion of ['no-preference', 'reduce'] as const)
    it(`stays the same element in the panel while each step sets its state (${reducedMotion})`, async () => {
      const { context, page } = await openPage(site, { reducedMotion });
      for (const run of runs) {
        await page.goto(`${site.url}/#${run[0]!.id}`);
        const chart = page
          .locator(`#${run[0]!.id}`)
          .locator(
            'xpath=ancestor::div[contains(concat(" ", @class, " "), " chart-run ")]//*[@data-chart]',
          );
        await page.waitForFunction(
          (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
          run[0]!.id,
        );
        await chart.evaluate((el) => ((window as unknown as { runChart: Element }).runChart = el));
        const drawn = () => chart.evaluate((el) => el.querySelector('svg')!.outerHTML);
        let before = await drawn();
        for (const step of run.slice(1)) {
          await page.evaluate(
            (id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
            step.id,
          );
          await page.waitForFunction(
            (id) =>
              document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
            step.id,
          );
          assert.equal(
            await chart.getAttribute('data-state'),
            JSON.stringify(step.chart!.state ?? {}),
            `${step.id} sets its state on the run's chart`,
          );
          assert.ok(
            await chart.evaluate(
              (el) =>
                (window as unknown as { runChart: Element }).runChart === el && el.isConnected,
            ),
            `${step.id}: the same chart element, never mounted again`,
          );
          // With reduced motion the new state is drawn at once; otherwise it animates there.
          if (reducedMotion === 'reduce')
            assert.notEqual(await drawn(), before, `${step.id} redraws`);
          else
            await page.waitForFunction(
              ([old]) => document.querySelector('.chart-run [data-chart] svg')!.outerHTML !== old,
              [before],
            );
          before = await drawn();
        }
      }
      await context.close();
    });
});

/** The most empty page (neither chart, card nor bar) a reader may see at once in a run: a gap. */
const MAX_BLANK = 48;

describe('a chart shown by consecutive steps, while they are read', () => {
  for (const [name, viewport] of Object.entries(viewports))
    it(`stays whole on screen, with no blank page, while each of its steps is active (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/`);
      for (const run of runs) {
        const ids = run.map((s) => s.id);
        // From a screen above the run's first step to a screen below its last, an eighth of a
        // screen at a time, as a reader scrolls.
        const [from, to] = await page.evaluate((ids) => {
          const box = (id: string) => document.getElementById(id)!.getBoundingClientRect();
          return [box(ids[0]!).top + scrollY - innerHeight, box(ids.at(-1)!).bottom + scrollY];
        }, ids);
        const seen = new Set<string>();
        for (let y = from; y <= to; y += viewport.height / 8) {
          // The scroller measures on `scrollend` (its listener runs before this one), so once
          // it has fired the active step is the one at the line, however loaded the machine.
          await page.evaluate(
            (y) =>
              new Promise<void>((done) => {
                const settled = () => requestAnimationFrame(() => done());
                addEventListener('scrollend', settled, { once: true });
                setTimeout(settled, 1000);
                window.scrollTo({ top: y, behavior: 'instant' });
              }),
            y,
          );
          const at = await page.evaluate((ids) => {
            const active = document
              .querySelector('story-scroller')!
              .getAttribute('data-active-step')!;
            if (!ids.includes(active)) return null;
            const panel = document
              .getElementById(active)!
              .closest('.chart-run')!
              .querySelector(':scope > .step-graphic')!;
            const box = (el: Element) => {
              const r = el.getBoundingClientRect();
              return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
            };
            // What the reader sees down the middle of the screen, every 4 px: the longest
            // stretch that is none of chart, card or bar is blank page.
            let blank = 0;
            let longest = 0;
            for (let y = 0; y < innerHeight; y += 4) {
              const hit = document.elementFromPoint(innerWidth / 2, y);
              const seen = hit?.closest('.chart-run > .step-graphic, .step-text, .site-bar');
              blank = seen ? 0 : blank + 4;
              longest = Math.max(longest, blank);
            }
            return {
              active,
              bar: Math.round(document.querySelector('.site-bar')!.getBoundingClientRect().bottom),
              panel: box(panel),
              title: box(panel.querySelector('.chart-title')!),
              source: box(panel.querySelector('.chart-source')!),
              card: box(document.getElementById(active)!.querySelector('.step-text')!),
              blank: longest,
            };
          }, ids);
          if (!at) continue;
          seen.add(at.active);
          const where = `${at.active} active, scrolled to ${Math.round(y)}`;
          for (const part of ['title', 'source'] as const)
            assert.ok(
              at[part].top >= at.bar - 1 && at[part].bottom <= viewport.height + 1,
              `${where}: the run's chart ${part} (${at[part].top}–${at[part].bottom}) is on screen below the bar (${at.bar}–${viewport.height})`,
            );
          assert.ok(
            at.panel.top >= at.bar - 1,
            `${where}: the chart's panel starts at ${at.panel.top}, under the bar (${at.bar})`,
          );
          assert.ok(
            at.blank <= MAX_BLANK,
            `${where}: ${at.blank} px of blank page on screen (at most ${MAX_BLANK})`,
          );
          // On a phone the active card is read over the chart (on a desktop, beside it, the
          // line may sit in the gap between two cards, keeping the earlier one active).
          if (name === 'phone')
            assert.ok(
              at.card.bottom > at.bar && at.card.top < viewport.height,
              `${where}: the active step's card (${at.card.top}–${at.card.bottom}) is on screen`,
            );
        }
        assert.deepEqual([...seen], ids, 'every step of the run was active while scrolling past');
      }
      await context.close();
    });
});

/** Goes to the story's step at `index` as the Next button does (story-scroller.ts goTo), and
 * waits for the scroll to settle. */
function stepTo(page: Page, index: number): Promise<void> {
  return page.evaluate(
    (i) =>
      new Promise<void>((done) => {
        addEventListener('scrollend', () => requestAnimationFrame(() => done()), { once: true });
        setTimeout(done, 1500);
        (document.querySelector('story-scroller') as HTMLElement & { goTo(i: number): void }).goTo(
          i,
        );
      }),
    index,
  );
}

describe('a chart shown by consecutive steps, reached with Next on a phone', () => {
  it('is not covered by the card of the step that changed it', async () => {
    const { context, page } = await openPage(site, {
      viewport: viewports.phone,
      reducedMotion: 'reduce',
    });
    await page.goto(`${site.url}/`);
    const all = storySteps();
    const problems: string[] = [];
    for (const id of runs.flat().map((s) => s.id)) {
      // As the Next button does (story-scroller.ts goTo), then once the scroll has settled.
      await stepTo(
        page,
        all.findIndex((s) => s.id === id),
      );
      const at = await page.evaluate((id) => {
        const step = document.getElementById(id)!;
        const panel = step.closest('.chart-run')!.querySelector(':scope > .step-graphic')!;
        const drawing = panel.querySelector('.chart-canvas')!.getBoundingClientRect();
        const card = step.querySelector('.step-text')!.getBoundingClientRect();
        return { drawing: Math.round(drawing.bottom), card: Math.round(card.top) };
      }, id);
      if (at.card < at.drawing - 1)
        problems.push(
          `${id}: the card starts at ${at.card} px, over the drawing (to ${at.drawing} px)`,
        );
    }
    // The step after each run, reached with Next: the run's chart no longer covers its map.
    for (const run of runs) {
      const next = all.findIndex((s) => s.id === run.at(-1)!.id) + 1;
      await stepTo(page, next);
      const shown = await page.evaluate((id) => {
        const panel = document
          .getElementById(id)!
          .closest('.chart-run')!
          .querySelector(':scope > .step-graphic')!;
        const r = panel.getBoundingClientRect();
        return getComputedStyle(panel).visibility === 'visible' &&
          r.bottom > 50 &&
          r.top < innerHeight
          ? Math.round(r.bottom)
          : null;
      }, run[0]!.id);
      if (shown !== null)
        problems.push(
          `${all[next]!.id}: the chart of the run before it still covers the screen to ${shown} px`,
        );
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

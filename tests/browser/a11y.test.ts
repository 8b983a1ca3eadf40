/**
 * Accessibility of the built site, checked by axe-core against WCAG 2.0/2.1 A and AA and 2.2 AA,
 * in the light and the dark theme, on a desktop and a phone screen: the story (whole page, then
 * every step as it becomes active), every embed, the embed gallery, /charts/, /map/ and /data/.
 * A violation anywhere fails; the message lists rule, impact and the first offending elements.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { StepData } from '../../src/schemas/step.ts';
import { chartIds } from '../../src/schemas/chartIds.ts';
import { palette, type Theme } from '../../src/styles/tokens.ts';
import { builtEmbeds, storySteps, useSite, viewports, waitForLiveMap } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const steps = storySteps();

/** Every embed the build produced, found in dist/ so a new chart or chapter is checked unasked. */
const embedPaths = builtEmbeds();
const otherPages = ['/embed/', '/charts/', '/map/', '/data/'];

const site = useSite();

/** Runs axe on the page (or only inside `include`) and describes each violation in one line. */
async function violations(page: Page, include: string[] = []): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per scan to merge
  // frame results, which doubled each scan's time. None of these pages frames another origin.
  let builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  for (const selector of include) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ` +
      v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').at(-1)?.trim()}`)
        .join(' | '),
  );
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/**
 * The theme under test really is in force: the page background is that theme's token. Without
 * this a dark run that silently fell back to light would check the light theme twice.
 */
async function expectTheme(page: Page, theme: Theme, where: string): Promise<void> {
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, rgb(palette[theme].bg), `${where}: ${theme} background`);
}

/** Waits until a step's graphic has finished changing: the map's camera, or the chart's drawing. */
async function settle(page: Page, step: StepData): Promise<void> {
  await page.waitForFunction(
    (id) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
    step.id,
    // Generous: a scan scrolls elements into view to measure their contrast, and two runs share
    // the CPU, so the scroller can be slow to settle on the step again.
    { timeout: 20_000 },
  );
  const chartReplacesMap = step.chart !== undefined && step.chart.placement !== 'text';
  if (!chartReplacesMap)
    await page.waitForFunction(
      (id) => {
        const el = document.querySelector('story-map') as
          (HTMLElement & { mapState?: { moving: boolean } }) | null;
        return el?.dataset.mapStep === id && el.mapState && !el.mapState.moving;
      },
      step.id,
      { timeout: 20_000 },
    );
  if (step.chart) {
    // Charts animate with D3 transitions (instant here, with reduced motion); wait until the
    // step's chart markup stops changing between two frames a little apart.
    await page.waitForFunction(
      async (id) => {
        const svg = () => document.getElementById(id)?.querySelector('svg')?.outerHTML ?? '';
        const before = svg();
        await new Promise((r) => setTimeout(r, 120));
        return before === svg();
      },
      step.id,
      { timeout: 6000 },
    );
  }
}

// The four theme × screen runs share one browser and go two at a time: axe's work is single-threaded
// JavaScript in each page's renderer, so two pages keep both cores of a CI runner busy.
describe('accessibility', { concurrency: 2 }, () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      // In order within a run: its tests share one page (node:test would pass the outer
      // concurrency down).
      describe(`${theme} theme, ${device}`, { concurrency: 1 }, () => {
        // One page per theme × screen, reused for every scan below: a fresh context per page
        // would triple the run time without checking anything more.
        let context: BrowserContext;
        let page: Page;
        before(async () => {
          context = await site.browser.newContext({
            viewport,
            colorScheme: theme,
            // Transitions finish at once, so a scan never catches a colour half-way.
            reducedMotion: 'reduce',
          });
          page = await context.newPage();
        });
        after(async () => context?.close());

        it('the story has no violations, as a whole and at every step', async () => {
          await page.goto(site.url + '/');
          await page.waitForSelector('story-scroller.is-enhanced');
          await expectTheme(page, theme, '/');
          const found: string[] = (await violations(page)).map((v) => `whole page: ${v}`);
          // 33 steps × 2 themes × 2 screens is 132 scans: each is scoped to the active step and the
          // sticky stage (live map, its labels; the legend and chart are in the step), so each
          // checks a few hundred elements instead of 8000 and takes a fraction of a whole-page
          // scan's time (13 s on a busy 2-core machine). The whole page, sources and footer
          // included, was scanned once above.
          for (const step of steps) {
            await page.evaluate(
              (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
              step.id,
            );
            await settle(page, step).catch((error: Error) => {
              throw new Error(`${step.id} did not settle: ${error.message}`);
            });
            for (const v of await violations(page, [`#${step.id}`, '.stage-track']))
              found.push(`${step.id}: ${v}`);
          }
          assert.deepEqual(found, []);
        });

        it('every embed has no violations', async () => {
          // Discovery must find the embeds, or this test would pass by checking nothing.
          for (const id of chartIds) assert.ok(embedPaths.includes(`/embed/chart/${id}/`), id);
          assert.ok(
            embedPaths.some((p) => p.startsWith('/embed/map/')),
            'map embeds found',
          );
          const found: string[] = [];
          for (const path of embedPaths) {
            // Embeds take the theme from the host (?theme=), not only from the reader's system.
            await page.goto(`${site.url}${path}?theme=${theme}`);
            await page.waitForSelector('embed-frame');
            await expectTheme(page, theme, path);
            for (const v of await violations(page)) found.push(`${path}: ${v}`);
            // A map embed starts MapLibre on the reader's intent (a pointer over it): the live
            // map, once settled on the chapter's first step, is scanned too.
            if (path.startsWith('/embed/map/')) {
              await page.locator('embed-stepper').hover();
              await page.waitForSelector('story-map[data-map-step]', { timeout: 20_000 });
              for (const v of await violations(page)) found.push(`${path} (live map): ${v}`);
            }
          }
          assert.deepEqual(found, []);
        });

        it('the gallery, the charts, the map explorer and the data page have no violations', async () => {
          const found: string[] = [];
          for (const path of otherPages) {
            await page.goto(`${site.url}${path}`);
            await page.waitForLoadState('load');
            await expectTheme(page, theme, path);
            if (path === '/map/') await waitForLiveMap(page, 20_000);
            for (const v of await violations(page)) found.push(`${path}: ${v}`);
          }
          assert.deepEqual(found, []);
        });
      });
    }
  }
});

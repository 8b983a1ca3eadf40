/**
 * Charts in the story's graphic panel, in real Chromium at the two reading sizes: each chart a
 * step shows fits its panel whole, title to source line, instead of running past the screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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

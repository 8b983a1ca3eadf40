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
          const panel = document.querySelector(`#${id} .step-graphic`)!;
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

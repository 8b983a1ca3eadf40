/**
 * A chart in the story's graphic panel is read where it is: at every step that shows one, reached
 * as a reader reaches it (the step's Next button), at the two reading sizes, none of the chart's
 * text is drawn smaller than a reader can read (a chart made to fit by scaling a wide layout down
 * shrinks 12 px labels to 5–7 px), and the chart's title and source line are on screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSite, storySteps, viewports, type Site } from './harness.ts';

/** Smallest rendered text a chart in the panel may have, in CSS px (its own text is 12–13 px). */
const MIN_TEXT_PX = 10.5;

const steps = storySteps();
const chartSteps = steps
  .map((step, index) => ({ step, index }))
  .filter(({ step }) => step.chart && step.chart.placement !== 'text');

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** Goes to step `index` as its Next/Previous buttons do and waits until it is the active one. */
async function reach(page: Page, index: number, id: string) {
  await page.evaluate(
    (i) =>
      (document.querySelector('story-scroller') as HTMLElement & { goTo(i: number): void }).goTo(i),
    index,
  );
  await page.waitForFunction(
    (step) => document.querySelector('story-scroller')?.getAttribute('data-active-step') === step,
    id,
  );
  // The chart draws the step's state on the next frames (at once: reduced motion).
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** The chart on show for step `id`: its smallest text as drawn, and where its title and source are. */
function measure(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const section = document.getElementById(stepId)!;
    const panel = (section.closest('.chart-run') ?? section).querySelector(
      ':scope > .step-graphic',
    )!;
    const figure = panel.querySelector('.chart-figure')!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-canvas > svg')].find(
      (s) => getComputedStyle(s).display !== 'none',
    )!;
    const seen = (el: Element) => {
      for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          Number(style.opacity) === 0
        )
          return false;
      }
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(seen).map((t) => ({
      text: (t.textContent ?? '').trim().slice(0, 40),
      // The text's size in user units times the scale its SVG is drawn at.
      px:
        Math.round(parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1) * 10) / 10,
    }));
    const smallest = texts.reduce((a, b) => (b.px < a.px ? b : a), texts[0]!);
    const bar = document.querySelector('.site-bar')!.getBoundingClientRect().bottom;
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    return {
      smallest,
      texts: texts.length,
      drawnWidth: Math.round(svg.getBoundingClientRect().width),
      layoutWidth: svg.viewBox.baseVal.width,
      bar: Math.round(bar),
      viewport: window.innerHeight,
      title: box(figure.querySelector('.chart-title')),
      source: box(figure.querySelector('.chart-source')),
    };
  }, id);
}

describe('chart text in the story panel', () => {
  it('is checked at some steps', () => assert.ok(chartSteps.length > 0));

  for (const [name, viewport] of Object.entries(viewports))
    it(`is at least ${MIN_TEXT_PX} px, with the title and source line on screen (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/`);
      const problems: string[] = [];
      for (const { step, index } of chartSteps) {
        await reach(page, index, step.id);
        const m = await measure(page, step.id);
        const where = `${step.id} (${step.chart!.id}, ${m.layoutWidth} px layout drawn ${m.drawnWidth} px wide)`;
        console.log(`${name} ${where}: smallest text ${m.smallest.px} px “${m.smallest.text}”`);
        if (m.smallest.px < MIN_TEXT_PX)
          problems.push(`${where}: “${m.smallest.text}” drawn at ${m.smallest.px} px`);
        if (m.title.top < m.bar || m.title.bottom > m.viewport)
          problems.push(
            `${where}: title at ${m.title.top}–${m.title.bottom}, screen ${m.bar}–${m.viewport}`,
          );
        if (m.source.top < m.bar || m.source.bottom > m.viewport)
          problems.push(
            `${where}: source line at ${m.source.top}–${m.source.bottom}, screen ${m.bar}–${m.viewport}`,
          );
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
});

/**
 * The live map's legend and text cards never hide what a step points at: at every step of the
 * story, reached as a reader reaches it (the step's Next button or a link to it leaves its section
 * at the top), no highlighted place's point or label and no dated marker lies under the step's
 * legend or the locator inset, nor on a phone under its text card; the legend never hides the
 * inset; and the legend stays with the map on a phone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  openPage,
  overlap,
  reachMapStep,
  startSite,
  storySteps,
  viewports,
  type Site,
} from './harness.ts';

/** Steps whose graphic is the map (a chart placed in the text leaves the map in view). */
const mapSteps = storySteps()
  .map((step, index) => ({ step, index }))
  .filter(({ step }) => !step.chart || step.chart.placement === 'text');

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** The boxes on screen: what covers the map, and what the step points at. */
function boxes(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const box = (what: string, el: Element) => {
      const r = el.getBoundingClientRect();
      return { what, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const section = document.getElementById(stepId)!;
    // The legend on show: the live map's copy of the step's (once it exists), or the step's own.
    const legend =
      document.querySelector('story-map .map-legend > figcaption') ??
      section.querySelector('.step-graphic figcaption');
    const card = section.querySelector('.step-text');
    const locator = document.querySelector('story-map > .map-locator');
    const canvas = document.querySelector('story-map canvas.maplibregl-canvas')!;
    const shown = (selector: string) =>
      [...document.querySelectorAll(`story-map ${selector}`)].filter(
        (el) => !(el as HTMLElement).hidden && el.getBoundingClientRect().width > 0,
      );
    return {
      legend: legend ? box('legend', legend) : null,
      card: card ? box('card', card) : null,
      locator:
        locator && locator.getBoundingClientRect().width > 0 ? box('locator inset', locator) : null,
      map: box('map', canvas),
      // Each point is followed by its place's label element (src/map/browser/LabelLayer.ts).
      points: shown('.map-point.is-highlighted').map((el) =>
        box(`point of ${(el.nextElementSibling as HTMLElement).dataset.place}`, el),
      ),
      labels: shown('.map-label.is-highlighted').map((el) => box(`label “${el.textContent}”`, el)),
      markers: shown('.map-annotation-marker').map((el, i) => box(`dated marker #${i + 1}`, el)),
      highlightedIds: shown('.map-label.is-highlighted').map(
        (el) => (el as HTMLElement).dataset.place ?? '',
      ),
    };
  }, id);
}

describe('the live map’s legend and text cards', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`never cover a highlighted place or a dated marker, at every step (${name} ${viewport.width}×${viewport.height})`, async () => {
      const { context, page, log } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      const first = mapSteps[0]!;
      await page.goto(`${site.url}/#${first.step.id}`);
      const problems: string[] = [];
      for (const { step, index } of mapSteps) {
        await reachMapStep(page, index, step.id);
        const b = await boxes(page, step.id);
        assert.ok(b.legend, `${step.id} has a legend`);
        const covers = [
          b.legend,
          ...(name === 'phone' && b.card ? [b.card] : []),
          ...(b.locator ? [b.locator] : []),
        ];
        // The locator inset is there to be seen: the legend never hides it.
        if (b.locator && overlap(b.locator, b.legend))
          problems.push(`${step.id}: the legend covers the locator inset`);
        for (const target of [...b.points, ...b.labels, ...b.markers])
          for (const cover of covers)
            if (overlap(target, cover))
              problems.push(`${step.id}: the ${cover.what} covers the ${target.what}`);
        for (const id of step.highlight ?? [])
          if (!b.highlightedIds.includes(id))
            problems.push(`${step.id}: highlighted place ${id} has no label on the map`);
        // The legend stays where it is on the map while the step's section is still coming up
        // (just past the trigger line: 70% down a phone, 50% down a wider screen), instead of
        // riding up the screen with the section over the map; on a phone it is at the map's top.
        const tops = () =>
          page.evaluate((stepId) => {
            const legend =
              document.querySelector('story-map .map-legend > figcaption') ??
              document.querySelector(`#${stepId} .step-graphic figcaption`)!;
            return {
              legend: legend.getBoundingClientRect().top,
              map: document.querySelector('story-map canvas')!.getBoundingClientRect().top,
            };
          }, step.id);
        const atRest = await tops();
        await page.evaluate(
          ([stepId, share]) => {
            const top = document.getElementById(stepId)!.getBoundingClientRect().top;
            scrollBy({ top: top - innerHeight * share, behavior: 'instant' });
          },
          [step.id, name === 'phone' ? 0.62 : 0.42] as const,
        );
        await page.waitForFunction(
          (stepId) =>
            document.querySelector('story-scroller')?.getAttribute('data-active-step') === stepId,
          step.id,
        );
        const comingUp = await tops();
        const offset = (t: typeof atRest) => t.legend - t.map;
        if (Math.abs(offset(comingUp) - offset(atRest)) > 2)
          problems.push(
            `${step.id}: the legend moves over the map while the step comes up (${offset(atRest).toFixed(0)} px from the map's top when reached, ${offset(comingUp).toFixed(0)} px before)`,
          );
        if (name === 'phone' && Math.abs(offset(atRest)) > 12)
          problems.push(
            `${step.id}: the legend's top is ${offset(atRest).toFixed(0)} px from the map's top`,
          );
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    });
  }
});

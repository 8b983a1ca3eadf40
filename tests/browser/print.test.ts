/**
 * The story on paper, in real Chromium: how many A4 pages `page.pdf()` makes of it, each map kept
 * with its caption, a map the previous step already printed left out, and every step's "More
 * detail" printed open; no live map or controls, source addresses written out, and the light
 * theme whatever the reader chose.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { palette } from '../../src/styles/tokens.ts';
import { openPage, setting, storySteps, token, useSite, waitForMapAt } from './harness.ts';

const MAX_PAGES = 35;
const steps = storySteps();

const site = useSite();

describe('the printed story', () => {
  it(`fits on at most ${MAX_PAGES} A4 pages`, async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4' });
    // Each page is one `/Type /Page` object (the page tree itself is `/Type /Pages`).
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    assert.ok(pages > 5, `${pages} pages: the whole story is printed`);
    assert.ok(pages <= MAX_PAGES, `${pages} pages (at most ${MAX_PAGES})`);
    await context.close();
  });

  it('prints each map with its caption, once for steps that show the same map', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await page.emulateMedia({ media: 'print' });
    const key = (s: (typeof steps)[number]) =>
      JSON.stringify([s.camera, s.layers, s.places ?? [], s.highlight ?? [], s.annotations ?? []]);
    const printed = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.step[data-step-id]')].map((step) => {
          const figure = step.querySelector('.step-graphic .static-map');
          return [
            step.id,
            {
              map: figure?.querySelector('svg')?.checkVisibility() ?? false,
              caption: figure?.querySelector('figcaption')?.checkVisibility() ?? false,
              together: figure ? getComputedStyle(figure).breakInside === 'avoid' : false,
            },
          ];
        }),
      ),
    );
    // In reading order, as the page has them.
    const byId = new Map(steps.map((s) => [s.id, s]));
    const order = Object.keys(printed).map((id) => byId.get(id)!);
    assert.equal(order.length, steps.length);
    order.forEach((step, i) => {
      if (step.chart) return;
      const previous = order[i - 1];
      const repeat = previous !== undefined && !previous.chart && key(previous) === key(step);
      const got = printed[step.id];
      assert.ok(got, step.id);
      assert.equal(got.map, !repeat, `${step.id}: map printed ${!repeat ? 'once' : 'not again'}`);
      if (!repeat) assert.ok(got.caption && got.together, `${step.id}: map kept with its caption`);
    });
    await context.close();
  });

  it('prints every step’s more detail open, without its toggle', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await page.emulateMedia({ media: 'print' });
    const more = await page.locator('.step .step-more').evaluateAll((blocks) =>
      blocks.map((b) => ({
        text: [...b.querySelectorAll('p')].every((p) => p.checkVisibility()),
        toggle: b.querySelector('summary')!.checkVisibility(),
      })),
    );
    assert.ok(more.length > 0, 'the story has steps with more detail');
    assert.deepEqual(
      more.filter((m) => !m.text || m.toggle),
      [],
    );
    await context.close();
  });

  it('gives the whole story with a static graphic per step, no live map or controls, and source addresses', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/#near-parukh`);
    await waitForMapAt(page, 'near-parukh');
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => {
      const shown = (el: Element) => {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return (
          style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0
        );
      };
      const steps = [...document.querySelectorAll('.step[data-step-id]')];
      // A step repeating the previous step's map prints none (a test above checks which).
      const withoutGraphic = steps
        .filter((s) => !s.classList.contains('same-map'))
        .filter((s) => {
          // A step of a chart run prints the run's one chart, drawn beside the run's steps.
          const holder = s.classList.contains('in-run')
            ? s.closest('.chart-run')?.querySelector(':scope > .step-graphic')
            : s;
          const svgs = [
            ...(holder?.querySelectorAll('.static-map > svg, .chart-canvas > svg') ?? []),
          ];
          return !svgs.some(shown);
        })
        .map((s) => s.id);
      const controls = [
        ...document.querySelectorAll(
          'button, select, summary, story-map, .stage-track, .site-bar, .site-header .controls',
        ),
      ]
        .filter(shown)
        .map((el) => el.outerHTML.slice(0, 80));
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.sources a[href^="http"]')];
      const unwritten = links
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!))
        .map((a) => a.href);
      return {
        steps: steps.length,
        withoutGraphic,
        controls,
        links: links.length,
        unwritten,
        bg: getComputedStyle(document.documentElement).getPropertyValue('--color-bg').trim(),
      };
    });
    assert.ok(report.steps > 20);
    assert.deepEqual(report.withoutGraphic, []);
    assert.deepEqual(report.controls, []);
    assert.ok(report.links > 50);
    assert.deepEqual(report.unwritten, []);
    assert.equal(report.bg, palette.light.bg);
    await context.close();
  });

  it('prints in the light theme even when the reader chose dark', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await (await setting(page, 'Theme')).selectOption('dark');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    assert.equal(await token(page, '--color-text'), palette.light.text);
    await context.close();
  });
});

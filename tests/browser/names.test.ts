/**
 * Place names as the reader chooses them (English, Azerbaijani or Armenian usage, or both): in the
 * story text, the static and live maps, the graphics' text descriptions and the charts, shared by
 * the story, /charts/ and /map/. Every expected name comes from data/places.json.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { placeName, type NameMode } from '../../src/lib/placeName.ts';
import type { Place } from '../../src/schemas/place.ts';
import {
  openPage,
  readData,
  readEvents,
  setting,
  useSite,
  viewports,
  waitForLiveMap,
  waitForMapAt,
} from './harness.ts';

/** The gazetteer as the editors wrote it: every expected name comes from data/. */
const places = readData<Place[]>('places.json');
const placeById = new Map(places.map((p) => [p.id, p]));
const events = readEvents<{ id: string; claims?: unknown[] }>();
const nameOf = (id: string, mode: NameMode) => placeName(placeById.get(id)!, mode);

const site = useSite();

/** The texts of every element naming `id` in story text, static map labels and live map labels. */
async function namesShown(page: Page, id: string) {
  return page.evaluate((place) => {
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => el.firstChild?.textContent ?? '');
    return {
      story: texts(`.step-body .pn[data-place="${place}"]`),
      staticMaps: texts(`.static-map text.label[data-place="${place}"]`),
      liveMap: texts(`story-map .map-label[data-place="${place}"]`),
    };
  }, id);
}

describe('place names', () => {
  it('switch everywhere at once from the header, and the choice survives a reload', async () => {
    const { context, page, log } = await openPage(site);
    await page.goto(`${site.url}/#near-parukh`);
    await waitForMapAt(page, 'near-parukh');
    const select = await setting(page, 'Place names');
    assert.equal(await select.inputValue(), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.names), 'en');

    for (const mode of ['az', 'hy', 'both', 'az'] as const) {
      await select.selectOption(mode);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.names), mode);
      for (const id of ['parukh', 'stepanakert']) {
        const shown = await namesShown(page, id);
        const expected = nameOf(id, mode);
        assert.ok(shown.story.length > 0 && shown.staticMaps.length > 0, `${id} is named`);
        for (const [where, texts] of Object.entries(shown))
          assert.deepEqual(
            [...new Set(texts)],
            texts.length ? [expected] : [],
            `${where} names ${id} "${expected}" in ${mode}`,
          );
      }
      assert.equal(await page.locator('story-map').getAttribute('data-names'), mode);
    }
    // The live map's labels are on screen at this step.
    assert.equal(
      await page.locator('story-map .map-label[data-place="parukh"]').first().isVisible(),
      true,
    );

    await page.reload();
    await waitForMapAt(page, 'near-parukh');
    assert.equal(await (await setting(page, 'Place names')).inputValue(), 'az');
    const afterReload = await namesShown(page, 'parukh');
    assert.deepEqual(
      [...new Set([...afterReload.story, ...afterReload.staticMaps, ...afterReload.liveMap])],
      [nameOf('parukh', 'az')],
    );
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('follow ?names= in the address over the stored choice, without storing it', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await (await setting(page, 'Place names')).selectOption('hy');
    await page.goto(`${site.url}/?names=az`);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.names), 'az');
    assert.equal(await (await setting(page, 'Place names')).inputValue(), 'az');
    const shown = await namesShown(page, 'stepanakert');
    assert.deepEqual(
      [...new Set([...shown.story, ...shown.staticMaps])],
      [nameOf('stepanakert', 'az')],
    );
    assert.equal(await page.evaluate(() => localStorage.getItem('karabakh:names')), 'hy');
    // Choosing on such a page moves the parameter with the choice, so a reload keeps it.
    await (await setting(page, 'Place names')).selectOption('both');
    assert.match(page.url(), /\?names=both$/);
    await context.close();
  });

  it('change the graphics’ text descriptions too', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/?names=az`);
    const title = page.locator('#near-parukh .static-map svg > title');
    const described = page.locator('#near-parukh .step-text p.visually-hidden');
    assert.ok(((await title.textContent()) ?? '').includes(nameOf('parukh', 'az')));
    assert.ok(((await described.textContent()) ?? '').includes(nameOf('parukh', 'az')));
    await (await setting(page, 'Place names')).selectOption('en');
    assert.ok(((await title.textContent()) ?? '').includes(nameOf('parukh', 'en')));
    await context.close();
  });

  for (const viewport of [viewports.desktop, viewports.phone])
    it(`keep every static map label and annotation inside its map and clear of the others, in every convention, ${viewport.width} px wide`, async () => {
      const { context, page } = await openPage(site, { viewport });
      for (const mode of ['en', 'hy', 'az', 'both'] as const) {
        await page.goto(`${site.url}/?names=${mode}`);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          for (const svg of document.querySelectorAll('.static-map svg')) {
            const frame = svg.getBoundingClientRect();
            // Place names and annotation words (each set placed for its screen size).
            const boxes = [...svg.querySelectorAll('text.label, text.annotation-text')]
              .filter(
                (el) =>
                  getComputedStyle(el).visibility !== 'hidden' &&
                  getComputedStyle(el).display !== 'none' &&
                  getComputedStyle(el.parentElement!).display !== 'none',
              )
              .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }));
            for (const { text, r } of boxes)
              if (
                r.left < frame.left - 1 ||
                r.right > frame.right + 1 ||
                r.top < frame.top - 1 ||
                r.bottom > frame.bottom + 1
              )
                found.push(`"${text}" leaves its map`);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i]!.r;
                const b = boxes[j]!.r;
                if (
                  a.left < b.right - 0.5 &&
                  b.left < a.right - 0.5 &&
                  a.top < b.bottom - 0.5 &&
                  b.top < a.bottom - 0.5
                )
                  found.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
              }
          }
          return found;
        });
        assert.deepEqual(problems, [], `in ${mode}`);
      }
      await context.close();
    });

  for (const viewport of [viewports.desktop, viewports.phone])
    it(`show no dot on a static map without its name beside it, on the story and /map/, in every convention, ${viewport.width} px wide`, async () => {
      // Without JavaScript the maps show the default usage; the others are switched to by the
      // page's script, which moves each static label to where its convention's text fits.
      const runs = [
        { mode: 'en', javaScriptEnabled: false },
        ...(['en', 'hy', 'az', 'both'] as const).map((mode) => ({ mode, javaScriptEnabled: true })),
      ];
      for (const { mode, javaScriptEnabled } of runs) {
        const { context, page } = await openPage(site, { viewport, javaScriptEnabled });
        for (const path of ['/', '/map/']) {
          await page.goto(`${site.url}${path}${javaScriptEnabled ? `?names=${mode}` : ''}`);
          const unnamed = await page.evaluate(() => {
            const found: string[] = [];
            const shown = (el: Element) =>
              getComputedStyle(el).display !== 'none' &&
              getComputedStyle(el.parentElement!).display !== 'none';
            document.querySelectorAll('.static-map svg').forEach((svg, n) => {
              const labels = [...svg.querySelectorAll('text.label')]
                .filter(shown)
                .map((el) => el.getBoundingClientRect());
              for (const dot of [...svg.querySelectorAll('circle.place')].filter(shown)) {
                const d = dot.getBoundingClientRect();
                const x = (d.left + d.right) / 2;
                const y = (d.top + d.bottom) / 2;
                // A label starts or ends beside its dot, or sits centred above or below it.
                const near = labels.some(
                  (r) =>
                    x >= r.left - 12 && x <= r.right + 12 && y >= r.top - 12 && y <= r.bottom + 12,
                );
                if (!near) found.push(`map ${n + 1}: a dot at ${x.toFixed(0)},${y.toFixed(0)}`);
              }
            });
            return found;
          });
          assert.deepEqual(
            unnamed,
            [],
            `on ${path}, ${mode} usage, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`,
          );
        }
        await context.close();
      }
    });

  it('relabel the place names in charts and their tables, with no text overlapping at 320 px', async () => {
    const { context, page, log } = await openPage(site, {
      viewport: { width: 320, height: 800 },
      reducedMotion: 'reduce',
    });
    // The story carries both charts that name places.
    await page.goto(`${site.url}/#forty-four-days`, { waitUntil: 'networkidle' });
    await (await setting(page, 'Place names')).selectOption('az');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.names), 'az');

    // Every capture claimed in the war, labelled as the chart labels it, in Azerbaijani usage.
    const claims = events as unknown as { date: string; category: string; places?: string[] }[];
    const captured = claims
      .filter(
        (e) => e.category === 'capture-claim' && e.date >= '2020-09-27' && e.date <= '2020-11-10',
      )
      .map((e) => e.places ?? []);
    const expected = captured.map((ids) => ids.map((id) => nameOf(id, 'az')).join(', '));
    const english = captured.map((ids) => ids.map((id) => nameOf(id, 'en')).join(', '));
    assert.ok(
      expected.some((label, i) => label !== english[i]),
      'some capture differs in Azerbaijani usage',
    );
    const labels = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('#chart-war-timeline .chart-canvas > svg')].find(
        (el) => el.getBoundingClientRect().width > 0,
      )!;
      return [...svg.querySelectorAll('text.label')].map((t) =>
        t.children.length
          ? [...t.children].map((c) => c.textContent).join(' ')
          : (t.textContent ?? ''),
      );
    });
    for (const label of expected) assert.ok(labels.includes(label), `timeline labels "${label}"`);

    const azNames = new Set(places.map((p) => placeName(p, 'az')));
    const cells = await page
      .locator('#chart-incidents td[data-names-text]')
      .evaluateAll((tds) =>
        tds.map((td) => ({ text: td.textContent, en: (td as HTMLElement).dataset.en })),
      );
    assert.ok(cells.length > 0, 'the incidents table names places');
    for (const { text, en } of cells)
      assert.ok(
        azNames.has(text ?? ''),
        `table cell "${text}" (English "${en}") is an Azerbaijani name`,
      );
    assert.ok(
      cells.some(({ text, en }) => text !== en),
      'some table cell changed its name',
    );

    for (const id of ['war-timeline', 'incidents']) {
      const overlaps = await page.evaluate((chartId) => {
        const svg = [...document.querySelectorAll(`#chart-${chartId} .chart-canvas > svg`)].find(
          (el) => el.getBoundingClientRect().width > 0,
        )!;
        const frame = svg.getBoundingClientRect();
        const hidden = (el: Element | null): boolean =>
          !!el && el !== svg && (el.getAttribute('opacity') === '0' || hidden(el.parentElement));
        const boxes = [...svg.querySelectorAll('text')]
          .filter((t) => !hidden(t))
          .flatMap((t) => (t.children.length ? [...t.children] : [t]))
          .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
        const found: string[] = [];
        for (const { text, r } of boxes)
          if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5)
            found.push(`"${text}" clipped`);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            if (
              a.left < b.right - 1 &&
              b.left < a.right - 1 &&
              a.top < b.bottom - 2 &&
              b.top < a.bottom - 2
            )
              found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
          }
        return found;
      }, id);
      assert.deepEqual(overlaps, [], `${id}: overlapping text at 320 px in az`);
    }
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

describe('place names on the charts page and the map explorer', () => {
  it('share one choice with the story: chosen on /charts/, shown on /map/, changed there, kept on /charts/', async () => {
    const { context, page, log } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(`${site.url}/charts/`, { waitUntil: 'networkidle' });
    await (await setting(page, 'Place names')).selectOption('az');
    // The incidents table names places: every name cell now reads in Azerbaijani usage.
    const azNames = new Set(places.map((p) => placeName(p, 'az')));
    const cells = await page
      .locator('#chart-incidents td[data-names-text]')
      .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    assert.ok(cells.length > 0, 'the incidents table names places');
    for (const text of cells) assert.ok(azNames.has(text), `"${text}" is an Azerbaijani name`);

    await page.goto(`${site.url}/map/`);
    await waitForLiveMap(page);
    assert.equal(await page.locator('input[name="map-names"][value="az"]').isChecked(), true);
    assert.equal(await page.locator('story-map').getAttribute('data-names'), 'az');
    const capital = page.locator('story-map .map-label[data-place="stepanakert"]');
    assert.equal((await capital.textContent())?.trim(), nameOf('stepanakert', 'az'));

    await page.locator('input[name="map-names"][value="both"]').check();
    assert.equal((await capital.textContent())?.trim(), nameOf('stepanakert', 'both'));
    assert.equal(await page.evaluate(() => localStorage.getItem('karabakh:names')), 'both');

    await page.goto(`${site.url}/charts/`);
    assert.equal(await (await setting(page, 'Place names')).inputValue(), 'both');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });
});

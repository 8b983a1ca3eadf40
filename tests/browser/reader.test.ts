import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/csv.ts';
import { placeName, type NameMode } from '../../src/lib/placeName.ts';
import type { Place } from '../../src/schemas/place.ts';
import { palette } from '../../src/styles/tokens.ts';
import {
  openPage,
  setting,
  startSite,
  viewports,
  waitForLiveMap,
  waitForMapAt,
  type Site,
} from './harness.ts';

/** The gazetteer as the editors wrote it: every expected name comes from data/. */
const places = JSON.parse(
  readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8'),
) as Place[];
const placeById = new Map(places.map((p) => [p.id, p]));
const readData = <T>(path: string) =>
  JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8')) as T;
const eventFiles = readdirSync(new URL('../../data/events/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);
const events = eventFiles.flatMap((f) =>
  readData<{ id: string; claims?: unknown[] }[]>(`events/${f}`),
);
const geometryFiles = readdirSync(new URL('../../data/geometry/', import.meta.url)).filter((f) =>
  f.endsWith('.geojson'),
);
const nameOf = (id: string, mode: NameMode) => placeName(placeById.get(id)!, mode);

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

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
    it(`keep every static map label inside its map and clear of the others, in every convention, ${viewport.width} px wide`, async () => {
      const { context, page } = await openPage(site, { viewport });
      for (const mode of ['en', 'hy', 'az', 'both'] as const) {
        await page.goto(`${site.url}/?names=${mode}`);
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          for (const svg of document.querySelectorAll('.static-map svg')) {
            const frame = svg.getBoundingClientRect();
            const boxes = [...svg.querySelectorAll('text.label')]
              .filter(
                (el) =>
                  getComputedStyle(el).visibility !== 'hidden' &&
                  getComputedStyle(el.parentElement!).display !== 'none',
              )
              .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }));
            for (const { text, r } of boxes)
              if (r.left < frame.left - 1 || r.right > frame.right + 1)
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

describe('sources at every claim', () => {
  it('every note link in the story leads to its note, and every note links back to where it is first cited', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    const result = await page.evaluate(() => {
      const refs = [...document.querySelectorAll<HTMLAnchorElement>('a.note-ref')];
      const broken = refs
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => !href.startsWith('#') || !document.getElementById(href.slice(1)));
      const notes = [...document.querySelectorAll<HTMLLIElement>('.notes-list > li')];
      const backProblems = notes.flatMap((li) => {
        const back = li.querySelector<HTMLAnchorElement>('a.note-back');
        const target = back && document.getElementById(back.getAttribute('href')!.slice(1));
        if (!target) return [`${li.id} has no working link back`];
        // The way back lands on the first link on the page that cites the note.
        const first = document.querySelector(`a.note-ref[href="#${li.id}"]`);
        return first === target ? [] : [`${li.id} links back to ${target.id}`];
      });
      // A marker citing several sources shows their numbers in ascending order.
      const unordered = [...document.querySelectorAll('sup.notes')]
        .map((sup) => [...sup.querySelectorAll('a.note-ref')].map((a) => Number(a.textContent)))
        .filter((ns) => ns.some((n, i) => i > 0 && n <= ns[i - 1]!))
        .map((ns) => ns.join(','));
      return { refs: refs.length, notes: notes.length, broken, backProblems, unordered };
    });
    assert.ok(result.refs > 50, `${result.refs} note links`);
    assert.deepEqual(result.broken, []);
    assert.ok(result.notes > 20);
    assert.deepEqual(result.backProblems, []);
    assert.deepEqual(result.unordered, []);
    await context.close();
  });

  for (const [name, viewport] of Object.entries(viewports))
    it(`shows each note's number and marks the note a link lands on, below the bar (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/#near-parukh`);
      const ref = page.locator('#near-parukh a.note-ref').first();
      const number = (await ref.textContent())!;
      const href = (await ref.getAttribute('href'))!;
      await ref.click();
      await page.waitForFunction((h) => location.hash === h, href);
      const note = page.locator(href);
      const shown = await note.locator('.note-number').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return { text: el.textContent, width: r.width, left: r.left, visible: s.visibility };
      });
      assert.equal(shown.text, `${number}.`);
      assert.ok(shown.width > 0 && shown.left >= 0 && shown.visible === 'visible', 'number shown');
      // Highlighted, and not hidden under the sticky bar.
      const background = await note.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      const bar = (await page.locator('.site-bar').boundingBox())!;
      const box = (await note.boundingBox())!;
      assert.ok(box.y >= bar.y + bar.height + 8, `note at ${box.y}, bar ends ${bar.height}`);
      // And back to the sentence.
      // (The story may then put the step's own address in the bar; the landing stays marked.)
      const source = href.replace('#source-', '');
      await note.locator('a.note-back').click();
      await page.waitForFunction(
        (id) => document.querySelector(':target')?.id === `cite-${id}`,
        source,
      );
      const cite = page.locator(`#cite-${source}`);
      assert.equal(await cite.getAttribute('href'), href, 'back on a link citing the note');
      const citeBox = (await cite.boundingBox())!;
      assert.ok(
        citeBox.y >= bar.y + bar.height && citeBox.y + citeBox.height <= viewport.height,
        `the citing link is on screen below the bar, at ${citeBox.y}`,
      );
      await context.close();
    });

  it('prints the note numbers', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await page.emulateMedia({ media: 'print' });
    const numbers = await page
      .locator('.notes-list > li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('.note-number')?.textContent,
          li.querySelector('.note-number')?.checkVisibility(),
        ]),
      );
    assert.ok(numbers.length > 20);
    numbers.forEach(([text, visible], i) => {
      assert.equal(text, `${i + 1}.`);
      assert.equal(visible, true);
    });
    await context.close();
  });
});

describe('get the data', () => {
  const fetchText = async (path: string) => {
    const response = await fetch(`${site.url}/data/${path}`);
    assert.equal(response.status, 200, `/data/${path}`);
    return { type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  const csvRecords = async (path: string) => {
    const { type, text } = await fetchText(path);
    assert.match(type, /^text\/csv/);
    const [header, ...rows] = parseCsv(text);
    for (const row of rows) assert.equal(row.length, header!.length, `${path}: ${row.join(',')}`);
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };

  it('serves events as JSON and CSV, one row per event and per claim, matching data/', async () => {
    const json = JSON.parse((await fetchText('events.json')).text) as typeof events;
    assert.deepEqual(json.map((e) => e.id).sort(), events.map((e) => e.id).sort());
    const rows = await csvRecords('events.csv');
    assert.deepEqual(rows.map((r) => r.id).sort(), events.map((e) => e.id).sort());
    const claims = await csvRecords('claims.csv');
    assert.equal(
      claims.length,
      events.reduce((n, e) => n + (e.claims?.length ?? 0), 0),
    );
    assert.ok(claims.every((c) => c.text!.length >= 10 && /^(asserts|denies)$/.test(c.stance!)));
  });

  it('serves the gazetteer as CSV and as GeoJSON points carrying every name', async () => {
    const rows = await csvRecords('places.csv');
    assert.deepEqual(rows.map((r) => r.id).sort(), places.map((p) => p.id).sort());
    const stepanakert = rows.find((r) => r.id === 'stepanakert')!;
    const names = placeById.get('stepanakert')!.names;
    assert.equal(stepanakert.name_az, names.az);
    assert.equal(stepanakert.name_hy, names.hy);
    const geo = JSON.parse((await fetchText('places.geojson')).text);
    assert.equal(geo.type, 'FeatureCollection');
    const located = places.filter((p) => p.lat !== null && p.lon !== null);
    assert.equal(geo.features.length, located.length);
    for (const f of geo.features) {
      const p = placeById.get(f.id)!;
      assert.deepEqual(f.geometry, { type: 'Point', coordinates: [p.lon, p.lat] });
      assert.equal(f.properties.name_en, p.names.en);
      assert.equal(f.properties.name_az, p.names.az);
    }
  });

  it('serves one figures.csv row per reported value, and every source and actor', async () => {
    const figures = readData<{ id: string; values: { value: number }[] }[]>('figures.json');
    const rows = await csvRecords('figures.csv');
    assert.equal(
      rows.length,
      figures.reduce((n, s) => n + s.values.length, 0),
    );
    assert.ok(rows.every((r) => Number.isFinite(Number(r.value)) && r.series && r.sources));
    const sources = readData<{ id: string }[]>('sources.json');
    assert.deepEqual(
      (await csvRecords('sources.csv')).map((r) => r.id).sort(),
      sources.map((s) => s.id).sort(),
    );
    const actors = readData<{ id: string }[]>('actors.json');
    assert.equal((await csvRecords('actors.csv')).length, actors.length);
  });

  it('serves every map geometry file unchanged', async () => {
    assert.ok(geometryFiles.length >= 9);
    for (const file of geometryFiles) {
      const { text } = await fetchText(`geometry/${file}`);
      assert.equal(
        text,
        readFileSync(new URL(`../../data/geometry/${file}`, import.meta.url), 'utf8'),
        file,
      );
      assert.equal(JSON.parse(text).type, 'FeatureCollection');
    }
  });

  it('lists every file with its fields and licences on /data/, linked from the site bar and the sources', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    for (const link of [
      page.locator('.site-bar .site-pages a', { hasText: 'Data' }),
      page.locator('#sources a', { hasText: 'Get the data' }),
    ])
      assert.equal(new URL((await link.getAttribute('href'))!, site.url).pathname, '/data/');
    await page.goto(`${site.url}/data/`);
    const hrefs = await page
      .locator('a[download]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const file of [
      'events.json',
      'events.csv',
      'claims.csv',
      'places.csv',
      'places.geojson',
      'figures.csv',
      'sources.csv',
      ...geometryFiles.map((f) => `geometry/${f}`),
    ])
      assert.ok(hrefs.includes(`/data/${file}`), `/data/ links ${file}`);
    for (const href of hrefs) assert.equal((await fetch(site.url + href)).status, 200, href);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const licence of [
      'Natural Earth',
      'public domain',
      'CC BY-SA 3.0',
      'CC BY 4.0',
      'CC BY-SA',
    ])
      assert.ok(text.includes(licence), `names ${licence}`);
    assert.ok((await page.locator('dt code', { hasText: 'qualifier' }).count()) > 0);
    await context.close();
  });
});

/** Mean luminance (0–1) of what the live map shows, from a screenshot decoded in the page. */
async function mapLuminance(page: Page): Promise<number> {
  const png = (await page.locator('story-map .story-map-canvas').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < px.length; i += 4)
      sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
    return sum / (px.length / 4);
  }, png);
}

const token = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

describe('theme', () => {
  it('switches tokens and the live map to dark and back, and keeps the choice across reloads', async () => {
    const { context, page, log } = await openPage(site, { colorScheme: 'light' });
    await page.goto(`${site.url}/#near-parukh`);
    await waitForMapAt(page, 'near-parukh');
    const select = await setting(page, 'Theme');
    assert.equal(await select.inputValue(), 'system');
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    const lightMap = await mapLuminance(page);

    await select.selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    assert.equal(await token(page, '--color-land'), palette.dark.land);
    let darkMap = lightMap;
    for (let i = 0; i < 20 && darkMap > lightMap - 0.25; i++) {
      await page.waitForTimeout(150);
      darkMap = await mapLuminance(page);
    }
    assert.ok(darkMap < lightMap - 0.25, `the map darkens: ${lightMap} → ${darkMap}`);

    // The inline script alone restores the choice: block every module and reload.
    await page.route('**/_astro/**', (route) => route.abort());
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    await page.unroute('**/_astro/**');
    await page.reload();
    assert.equal(await (await setting(page, 'Theme')).inputValue(), 'dark');

    await (await setting(page, 'Theme')).selectOption('system');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
    assert.equal(await page.evaluate(() => localStorage.getItem('karabakh:theme')), null);
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    assert.deepEqual(
      log.consoleErrors.filter((e) => !/_astro|ERR_FAILED/.test(e)),
      [],
    );
    await context.close();
  });

  it('lets a light choice win over a dark system setting', async () => {
    const { context, page } = await openPage(site, { colorScheme: 'dark' });
    await page.goto(`${site.url}/`);
    assert.equal(await token(page, '--color-bg'), palette.dark.bg);
    await (await setting(page, 'Theme')).selectOption('light');
    assert.equal(await token(page, '--color-bg'), palette.light.bg);
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
      'light',
    );
    await context.close();
  });

  it('runs only the inline script whose hash the served CSP lists', async () => {
    const res = await fetch(`${site.url}/`);
    const html = await res.text();
    const inline = [
      ...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([^<]*)<\/script>/g),
    ].map((m) => m[1]!);
    assert.equal(inline.length, 1, 'one inline script');
    const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(
      res.headers.get('content-security-policy') ?? '',
    )?.[1];
    assert.equal(scriptSrc, `'self' 'sha256-${hash}'`);
  });
});

describe('print', () => {
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
      // A step repeating the previous step's map prints none (print.test.ts checks which).
      const withoutGraphic = steps
        .filter((s) => !s.classList.contains('same-map'))
        .filter((s) => {
          const svgs = [...s.querySelectorAll('.static-map > svg, .chart-canvas > svg')];
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

describe('copy link', () => {
  it('copies the active step’s absolute address from the bar’s Share menu and says so politely', async () => {
    const { context, page } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/?names=az#near-parukh`);
    await page.locator('.story-bar details.share summary').click();
    const control = page.locator('.story-bar copy-link');
    const button = control.getByRole('button', { name: 'Copy link to this step' });
    assert.equal(await button.isVisible(), true);
    await button.click();
    const status = control.getByRole('status');
    await page.waitForFunction(
      () => document.querySelector('.story-bar copy-link [role="status"]')?.textContent !== '',
    );
    assert.equal(await status.textContent(), 'Link copied');
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      `${site.url}/#near-parukh`,
    );
    await context.close();
  });

  it('is in one place, not on every card, and hidden without JavaScript', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    assert.equal(await page.locator('copy-link').count(), 1);
    assert.equal(await page.locator('.step copy-link, .step .embed-this').count(), 0);
    assert.equal(await page.locator('details.share').isVisible(), false);
    await context.close();
  });
});

describe('fonts', () => {
  it('come from this site, cut to the page’s letters, Armenian and Azerbaijani included', async () => {
    const { context, page, log } = await openPage(site);
    const fonts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    // The bibliography holds Armenian-script titles and the gazetteer Azerbaijani letters: asking
    // for them loads the faces covering them, which must parse and report themselves loaded.
    const loaded = await page.evaluate(async () => {
      const faces = [
        ...(await document.fonts.load('16px "Source Serif 4"', 'Xankəndi Ağdam Şuşa')),
        ...(await document.fonts.load('16px "Noto Sans Armenian"', 'Ստեփանակերտ')),
      ];
      return faces.map((f) => `${f.family}:${f.status}`);
    });
    assert.ok(
      loaded.includes('"Source Serif 4":loaded') || loaded.includes('Source Serif 4:loaded'),
    );
    assert.ok(loaded.some((f) => f.includes('Noto Sans Armenian') && f.endsWith(':loaded')));
    assert.ok(fonts.length > 0 && fonts.every((p) => p.startsWith('/fonts/')), fonts.join());
    assert.deepEqual(log.foreignRequests, []);
    await context.close();
  });
});

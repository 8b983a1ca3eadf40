/**
 * Get the data: the files under /data/ (events, claims, the gazetteer, figures, sources, actors
 * and every map geometry) match data/, and the /data/ page lists each with its fields and licences.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCsv } from '../../src/lib/csv.ts';
import type { Place } from '../../src/schemas/place.ts';
import { dataFiles, openPage, readData, readEvents, useSite } from './harness.ts';

const places = readData<Place[]>('places.json');
const placeById = new Map(places.map((p) => [p.id, p]));
const events = readEvents<{ id: string; claims?: unknown[] }>();
const geometryFiles = dataFiles('geometry', '.geojson');

const site = useSite();

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

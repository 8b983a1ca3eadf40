import { describe, expect, it } from 'vitest';
import { actorsFileSchema } from '../../schemas/actor.ts';
import { eventsFileSchema } from '../../schemas/event.ts';
import { figuresFileSchema } from '../../schemas/figure.ts';
import { placesFileSchema } from '../../schemas/place.ts';
import { sourcesFileSchema } from '../../schemas/source.ts';
import { parseCsv } from '../csv.ts';
import { goodDataset } from '../validate/fixtures.ts';
import { downloads, type DownloadData } from './downloads.ts';

/** The validator's small valid dataset, parsed as the site parses data/, plus a tricky claim. */
function data(): DownloadData {
  const raw = goodDataset();
  const events = eventsFileSchema.parse(raw.events.flatMap((f) => f.json as unknown[]));
  events[0]!.claims.push({
    actor: events[0]!.claims[0]?.actor ?? 'ru-mod',
    stance: 'denies',
    text: 'Said "no", then, after a pause,\nsaid it again',
    date: '2022-04-16',
    sources: ['S26'],
  });
  return {
    events,
    places: placesFileSchema.parse(raw.places.json),
    figures: figuresFileSchema.parse(raw.figures.json),
    sources: sourcesFileSchema.parse(raw.sources.json),
    actors: actorsFileSchema.parse(raw.actors.json),
  };
}
const numeric = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const build = (file: string, d = data()) => downloads.find((x) => x.file === file)!.build(d);
const table = (file: string, d = data()) => {
  const [header, ...rows] = parseCsv(build(file, d));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('downloads', () => {
  it('have unique file names, and every field of every file is described', () => {
    expect(new Set(downloads.map((d) => d.file)).size).toBe(downloads.length);
    for (const d of downloads) {
      expect(d.fields.length, d.file).toBeGreaterThan(2);
      for (const f of d.fields)
        expect(f.description.length, `${d.file} ${f.name}`).toBeGreaterThan(5);
    }
  });

  it('write a CSV header that matches the listed fields', () => {
    for (const d of downloads.filter((x) => x.format === 'CSV'))
      expect(parseCsv(d.build(data()))[0], d.file).toEqual(d.fields.map((f) => f.name));
  });

  it('give one events.csv row per event and one claims.csv row per claim, text intact', () => {
    const d = data();
    expect(table('events.csv', d)).toHaveLength(d.events.length);
    const claims = table('claims.csv', d);
    expect(claims).toHaveLength(d.events.reduce((n, e) => n + e.claims.length, 0));
    const tricky = claims.find((c) => c.stance === 'denies' && c.date === '2022-04-16');
    expect(tricky?.text).toBe('Said "no", then, after a pause,\nsaid it again');
    expect(tricky?.event).toBe(d.events[0]!.id);
    expect(tricky?.sources).toBe('S26');
  });

  it('keep every event and claim in events.json', () => {
    const d = data();
    const json = JSON.parse(build('events.json', d)) as typeof d.events;
    expect(json.map((e) => e.id).sort()).toEqual(d.events.map((e) => e.id).sort());
    expect(json.flatMap((e) => e.claims)).toHaveLength(d.events.flatMap((e) => e.claims).length);
  });

  it('list every place in places.csv, and those with coordinates in places.geojson with all names', () => {
    const d = data();
    const rows = table('places.csv', d);
    expect(rows.map((r) => r.id)).toEqual(d.places.map((p) => p.id).sort(numeric));
    expect(rows.find((r) => r.id === 'karaglukh')?.lat).toBe('');
    const geo = JSON.parse(build('places.geojson', d));
    expect(geo.type).toBe('FeatureCollection');
    const parukh = geo.features.find((f: { id: string }) => f.id === 'parukh');
    expect(parukh.geometry.coordinates).toEqual([46.80111, 40.01639]);
    expect(parukh.properties).toMatchObject({
      name_en: 'Parukh',
      name_hy: 'Parukh',
      name_az: 'Fərrux',
      name_az_latin: 'Farrukh',
      names_other: ['Furukh'],
    });
    expect(geo.features.some((f: { id: string }) => f.id === 'karaglukh')).toBe(false);
  });

  it('give one figures.csv row per reported value, with its series and sources', () => {
    const d = data();
    const rows = table('figures.csv', d);
    expect(rows).toHaveLength(d.figures.reduce((n, s) => n + s.values.length, 0));
    const first = d.figures[0]!;
    expect(rows[0]).toMatchObject({
      series: first.id,
      label: first.label,
      date: first.values[0]!.date,
      value: String(first.values[0]!.value),
      qualifier: first.values[0]!.qualifier,
      reporter: first.values[0]!.reporter,
      sources: first.values[0]!.sources.join(';'),
    });
  });

  it('sort sources by id with the numbers in ids read as numbers', () => {
    const d = data();
    const [first] = d.sources;
    const sources = ['S10', 'S2', 'S61a', 'S61'].map((id) => ({ ...first!, id }));
    expect(table('sources.csv', { ...d, sources }).map((r) => r.id)).toEqual([
      'S2',
      'S10',
      'S61',
      'S61a',
    ]);
  });

  it('give each source in sources.csv its kind and, for a re-pointed one, the copy read', () => {
    const d = data();
    const sources = [
      {
        ...d.sources[0]!,
        url: 'https://ria.ru/20220327/original.html',
        retrievedVia: 'The Frontier Post',
        retrievedViaUrl: 'https://thefrontierpost.com/copy/',
      },
    ];
    expect(table('sources.csv', { ...d, sources })[0]).toMatchObject({
      id: 'S26',
      kind: 'news-agency',
      url: 'https://ria.ru/20220327/original.html',
      retrieved_via: 'The Frontier Post',
      retrieved_via_url: 'https://thefrontierpost.com/copy/',
    });
  });

  it('list every source and actor', () => {
    const d = data();
    expect(table('sources.csv', d).map((r) => r.id)).toEqual(
      d.sources.map((s) => s.id).sort(numeric),
    );
    expect(table('actors.csv', d).map((r) => r.id)).toEqual(
      d.actors.map((a) => a.id).sort(numeric),
    );
  });
});

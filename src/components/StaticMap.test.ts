import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapGazetteer, mapStepOf, type MapStepInput } from '../lib/story/mapStepOf.ts';
import { testPlace } from '../lib/story/testing/storyFixtures.ts';
import StaticMap from './StaticMap.astro';

const gazetteer = mapGazetteer([
  testPlace('parukh', 'Parukh', 'Fərrux', { lon: 46.8, lat: 39.95 }),
  testPlace('khramort', 'Khramort', 'Pirlər', {
    lon: 46.85,
    lat: 39.9,
    coordinatesDisagree: true,
  }),
]);
const step: MapStepInput = {
  id: 'near-parukh',
  camera: {
    bounds: [
      [46.5, 39.7],
      [47.1, 40.1],
    ],
    bearing: 0,
    pitch: 0,
  },
  layers: ['countries', 'nkao-1991', 'loc-2020'],
  places: ['parukh', 'khramort'],
  highlight: ['parukh'],
  annotations: [{ type: 'arrow', from: 'khramort', to: 'parukh', side: 'russian' }],
};
const map = mapStepOf(step, gazetteer);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (props: Record<string, unknown> = {}) =>
  container.renderToString(StaticMap, {
    props: { map, description: 'Map showing the line near Parukh.', ...props },
  });
/** The text of each item of the caption's key. */
const keys = (html: string) =>
  [...html.matchAll(/<li class="key[^"]*"[^>]*>(.*?)<\/li>/gs)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('StaticMap', () => {
  it('draws the step’s layers, places and marks as an image named by its description', async () => {
    const html = await render();
    const id = /<svg [^>]*role="img" aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`<title id="${id}">Map showing the line near Parukh.</title>`);
    // Layers are shapes in the map's <defs>, shown by a <use> (src/map/build/sharedShapes.ts).
    expect(html).toMatch(/<use href="#[^"]+" class="layer layer-loc-2020/);
    expect(html).toMatch(/<use href="#[^"]+" class="layer layer-nkao-1991/);
    expect(html).toMatch(/<circle class="place highlighted"/);
    expect(html).toMatch(/<path class="annotation-line arrow-russian"/);
    expect(html).toMatch(/<text class="label highlighted"[^>]*data-place="parukh"[^>]*>Parukh</);
  });

  it('names every layer and mark in its caption, and says which lines are approximate', async () => {
    const html = await render();
    const key = keys(html);
    expect(key).toContain('Nagorno-Karabakh Autonomous Oblast, c. 1991');
    expect(key.find((k) => k.startsWith('Line of contact from 10 Nov 2020'))).toMatch(
      /\(approximate: Natural Earth’s line, corrected by us .*\) \(approx\.\)$/,
    );
    expect(key).toContain('Movement as Russia’s defence ministry described it');
    expect(html).toMatch(/<p class="attribution">[^<]*Natural Earth/);
  });

  it('marks a place whose sources disagree with a dashed ring, and explains the ring', async () => {
    const html = await render();
    expect(html.match(/<circle class="place approximate"/g)).toHaveLength(1);
    expect(keys(html)).toContain('Dashed ring: position uncertain (sources differ by over 2 km)');
  });

  it('gives labels every convention’s name for the name switcher, unless the page has none', async () => {
    const parukh = /<text class="label[^>]*data-place="parukh"[^>]*>/;
    expect(parukh.exec(await render())?.[0]).toContain('data-az="Fərrux"');
    expect(parukh.exec(await render({ nameSwitch: false }))?.[0]).not.toContain('data-az');
  });

  it('draws the locator inset only when asked', async () => {
    expect(await render()).not.toContain('map-locator');
    expect(await render({ locator: true })).toContain('map-locator');
  });

  it('marks the story variant, so it can give way to the live map; plain by default', async () => {
    expect(await render()).toMatch(/^<figure class="static-map">/);
    expect(await render({ variant: 'story' })).toMatch(
      /^<figure class="static-map static-map-story">/,
    );
  });

  it('refuses an unknown variant, naming it and the ones there are', async () =>
    expect(render({ variant: 'poster' })).rejects.toThrow(
      'StaticMap: unknown variant "poster"; expected one of plain, story',
    ));

  it('renders the same map to the same markup, build after build', async () =>
    expect(await render()).toBe(await render()));
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonList, jsonListFolder } from './loaders.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A data/ folder with one place, one event, one actor and one figure series to point at. */
function project(files: Record<string, unknown>): URL {
  root = mkdtempSync(join(tmpdir(), 'karabakh-loaders-'));
  const all: Record<string, unknown> = {
    'data/places.json': [{ id: 'parukh', names: { en: 'Parukh', hy: null, az: null, other: [] } }],
    'data/events/2022.json': [
      { id: 'e1', date: '2022-03-24', summary: 'On {date:e1} at {place:parukh}.' },
    ],
    'data/actors.json': [{ id: 'ru-mod', shortName: 'Russian MoD' }],
    'data/figures.json': [{ id: 'troops', values: [{ date: '2020-11-10', value: 1960 }] }],
    ...files,
  };
  for (const [file, json] of Object.entries(all)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), JSON.stringify(json));
  }
  return pathToFileURL(`${root}/`);
}

/** Runs a loader as a build would (no watcher) and returns what it stored. */
async function load(loader: ReturnType<typeof jsonList>, rootUrl: URL) {
  const stored = new Map<string, Record<string, unknown>>();
  // `any`: a fake of the parts of Astro's loader context these loaders use.
  const context: any = {
    store: { clear: () => stored.clear(), set: ({ id, data }: any) => stored.set(id, data) },
    parseData: async ({ data }: any) => data,
    generateDigest: () => '',
    logger: { warn: () => {} },
    config: { root: rootUrl },
    watcher: undefined,
  };
  await loader.load(context as LoaderContext);
  return stored;
}

describe('references expanded as data/ loads', () => {
  it('writes the words in the named fields of a list file, leaving the others as typed', async () => {
    const rootUrl = project({
      'data/story/chapters.json': [
        {
          id: 'ch',
          title: 'The {actor:ru-mod}',
          summary: '{figure:troops@2020-11-10} troops of the {actor:ru-mod} near {place:parukh}.',
        },
      ],
    });
    const chapters = await load(
      jsonList('data/story/chapters.json', undefined, ['summary']),
      rootUrl,
    );
    expect(chapters.get('ch')).toEqual({
      id: 'ch',
      title: 'The {actor:ru-mod}',
      summary: '1,960 troops of the Russian MoD near Parukh.',
    });
  });

  it('expands event summaries across the files of a folder, dates of events included', async () => {
    const events = await load(jsonListFolder('data/events', ['summary']), project({}));
    expect(events.get('e1')?.summary).toBe('On 24 March 2022 at Parukh.');
  });

  it('leaves text as typed when no field is named', async () => {
    const events = await load(jsonListFolder('data/events'), project({}));
    expect(events.get('e1')?.summary).toBe('On {date:e1} at {place:parukh}.');
  });
});

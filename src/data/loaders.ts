/**
 * Content-layer loaders for data/. Under `astro dev` they re-read their files whenever a file they
 * depend on is saved, added, renamed or deleted (the page then reloads by itself), and they never
 * throw on bad data: a broken file or record is left out and the validator (which runs on every
 * save, src/integrations/validateData.ts) shows the editor what is wrong. In a build bad data never
 * gets this far (the validator stops the build first), and a record failing its schema still
 * throws, as a last line of defence.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStepFiles } from '../lib/story/readStepFiles.ts';
import { expandTextRefs, type TextRefContext } from '../lib/story/expandRefs.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Event } from '../schemas/event.ts';
import type { FigureSeries } from '../schemas/figure.ts';
import type { Place } from '../schemas/place.ts';

/** One entry of a collection before its schema is applied. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Parses a JSON list file into entries keyed by their `id`; items without a string id are skipped. */
export function listEntries(text: string): RawEntry[] {
  const items = JSON.parse(text) as unknown;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [{ id, data: item as Record<string, unknown> }] : [];
  });
}

/** A debounce short enough to feel instant, long enough to see an editor's save as one event. */
const SETTLE_MS = 60;

/**
 * A loader that reads its entries with `read` and, in dev, reads them again when anything under
 * `watch` (paths relative to the project root) changes.
 */
export function watchedLoader(
  name: string,
  watch: readonly string[],
  read: (root: URL) => RawEntry[],
): Loader {
  return {
    name,
    load: async (context: LoaderContext) => {
      const { store, parseData, watcher, logger, config, generateDigest } = context;
      const sync = async () => {
        let entries: RawEntry[] = [];
        try {
          entries = read(config.root);
        } catch (error) {
          if (!watcher) throw error;
          logger.warn(
            `left empty until data/ is fixed (${(error as Error).message.split('\n')[0]})`,
          );
        }
        store.clear();
        for (const { id, data } of entries) {
          try {
            store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
          } catch (error) {
            if (!watcher) throw error;
            // Under dev the validator's report names this record; the page shows the rest.
          }
        }
      };
      await sync();
      if (!watcher) return;
      const paths = watch.map((p) => fileURLToPath(new URL(p, config.root)));
      watcher.add(paths);
      const concerns = (path: string) => paths.some((p) => path === p || path.startsWith(p + sep));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onEvent = (path: string) => {
        if (!concerns(path)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void sync(), SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
    },
  };
}

const readText = (root: URL, file: string) => readFileSync(new URL(file, root), 'utf8');

/** The records of every JSON list file in a folder; a file that is not valid JSON is left out. */
function readListFolder(root: URL, folder: string): RawEntry[] {
  const dir = new URL(`${folder}/`, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      try {
        return listEntries(readFileSync(new URL(name, dir), 'utf8'));
      } catch {
        return [];
      }
    });
}

/** The files references in text point into: a collection expanding them follows these too. */
const REF_TARGETS = ['data/places.json', 'data/events', 'data/actors.json', 'data/figures.json'];

/**
 * What `{place:…}`, `{date:…}`, `{actor:…}` and `{figure:…}` point at, read from data/ as it is
 * (an unreadable file counts as empty: under dev the validator names it, and a build never starts).
 */
function readRefContext(root: URL): TextRefContext {
  const records = <T>(entries: () => RawEntry[]) => {
    try {
      return new Map(entries().map((e) => [e.id, e.data as T]));
    } catch {
      return new Map<string, T>();
    }
  };
  const list = (file: string) => () => listEntries(readText(root, file));
  return {
    places: records<Place>(list('data/places.json')),
    events: records<Event>(() => readListFolder(root, 'data/events')),
    actors: records<Actor>(list('data/actors.json')),
    figures: records<FigureSeries>(list('data/figures.json')),
  };
}

/**
 * Expands the references in the top-level text `fields` of each entry, once, as data/ is loaded:
 * every page, embed and download then gets the same words, and none has to expand them itself.
 */
function withRefsExpanded(root: URL, entries: RawEntry[], fields: readonly string[]): RawEntry[] {
  if (fields.length === 0) return entries;
  const ctx = readRefContext(root);
  return entries.map(({ id, data }) => {
    const expanded = { ...data };
    for (const field of fields)
      if (typeof data[field] === 'string') expanded[field] = expandTextRefs(data[field], ctx);
    return { id, data: expanded };
  });
}

/**
 * One JSON list file (data/places.json…), each record under its id, with references expanded in
 * the text fields `refsIn` (so the collection also reloads when what they point at changes).
 */
export function jsonList(
  file: string,
  extend: (data: Record<string, unknown>, index: number) => Record<string, unknown> = (d) => d,
  refsIn: readonly string[] = [],
): Loader {
  const watch = refsIn.length > 0 ? [file, ...REF_TARGETS] : [file];
  return watchedLoader('json-list', watch, (root) => {
    const entries = listEntries(readText(root, file));
    return withRefsExpanded(root, entries, refsIn).map((e, i) => ({
      id: e.id,
      data: extend(e.data, i),
    }));
  });
}

/**
 * Every list file in a folder (data/events/*.json) as one collection, so editors can keep events in
 * files by period while pages see a single list. A file that is not valid JSON is left out.
 * References in the text fields `refsIn` are expanded.
 */
export function jsonListFolder(folder: string, refsIn: readonly string[] = []): Loader {
  const watch = refsIn.length > 0 ? [folder, ...REF_TARGETS] : [folder];
  return watchedLoader('json-list-folder', watch, (root) =>
    withRefsExpanded(root, readListFolder(root, folder), refsIn),
  );
}

/**
 * The story steps (data/story/steps/*.md) in the order chapters.json lists them, each with the
 * chapter that lists it, keeping the raw Markdown body: the site renders it itself
 * (src/lib/story/renderStepText.ts) so that data references expand and nothing an editor types
 * becomes markup. Reloads when a step file or chapters.json changes.
 */
export function storySteps(folder: string, chaptersFile: string): Loader {
  return watchedLoader('story-steps', [folder, chaptersFile], (root) =>
    readStepFiles(new URL(`${folder}/`, root)).flatMap(({ name, data, body, chapter, order }) => {
      if (!data || typeof data !== 'object') return [];
      const id = (data as { id: string }).id;
      return [{ id, data: { ...data, chapter, order, file: `${folder}/${name}`, body } }];
    }),
  );
}

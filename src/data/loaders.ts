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

/** One JSON list file (data/places.json…), each record under its id. */
export function jsonList(
  file: string,
  extend: (data: Record<string, unknown>, index: number) => Record<string, unknown> = (d) => d,
): Loader {
  return watchedLoader('json-list', [file], (root) =>
    listEntries(readText(root, file)).map((e, i) => ({ id: e.id, data: extend(e.data, i) })),
  );
}

/**
 * Every list file in a folder (data/events/*.json) as one collection, so editors can keep events in
 * files by period while pages see a single list. A file that is not valid JSON is left out.
 */
export function jsonListFolder(folder: string): Loader {
  return watchedLoader('json-list-folder', [folder], (root) => {
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
  });
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

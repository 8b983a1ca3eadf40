import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { actorSchema } from './schemas/actor.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { chartTextSchema } from './schemas/chartText.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSeriesSchema } from './schemas/figure.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { stepSchema } from './schemas/step.ts';
import { readStepFiles } from './lib/story/readStepFiles.ts';
import { z } from 'zod';

/**
 * Loads every list file in a folder (data/events/*.json) as one collection, so editors can keep
 * events in files by period while pages see a single list.
 */
function jsonListFolder(folder: string): Loader {
  return {
    name: 'json-list-folder',
    load: async ({ store, parseData, watcher }) => {
      const dir = new URL(`../${folder}/`, import.meta.url);
      store.clear();
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        const items = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { id: string }[];
        for (const item of items) {
          const data = await parseData({ id: item.id, data: item });
          store.set({ id: item.id, data });
        }
      }
      watcher?.add(dir.pathname);
    },
  };
}

/**
 * Loads the story steps (data/story/steps/*.md) in the order chapters.json lists them, each with
 * the chapter that lists it, keeping the raw Markdown body:
 * the site renders it itself (src/lib/story/renderStepText.ts) so that data references expand and
 * nothing an editor types becomes markup.
 */
function storySteps(folder: string): Loader {
  return {
    name: 'story-steps',
    load: async ({ store, parseData, watcher }) => {
      const dir = new URL(`../${folder}/`, import.meta.url);
      store.clear();
      for (const { name, data, body, chapter, order } of readStepFiles(dir)) {
        const fields = { ...(data as object), chapter, order, file: `${folder}/${name}`, body };
        const id = (data as { id: string }).id;
        store.set({ id, data: await parseData({ id, data: fields }) });
      }
      watcher?.add(dir.pathname);
    },
  };
}

// Every schema lives in src/schemas and is shared with `npm run validate`; the integration in
// src/integrations/validateData.ts has already checked cross-file references before this runs.
export const collections = {
  places: defineCollection({ loader: file('data/places.json'), schema: placeSchema }),
  sources: defineCollection({ loader: file('data/sources.json'), schema: sourceSchema }),
  actors: defineCollection({ loader: file('data/actors.json'), schema: actorSchema }),
  figures: defineCollection({ loader: file('data/figures.json'), schema: figureSeriesSchema }),
  charts: defineCollection({ loader: file('data/story/charts.json'), schema: chartTextSchema }),
  // A chapter's number is its position in the file: reordering chapters never means renumbering.
  chapters: defineCollection({
    loader: file('data/story/chapters.json', {
      parser: (text) =>
        (JSON.parse(text) as object[]).map((chapter, i) => ({ ...chapter, number: i + 1 })),
    }),
    schema: chapterSchema.extend({ number: z.number().int().positive() }),
  }),
  events: defineCollection({ loader: jsonListFolder('data/events'), schema: eventSchema }),
  steps: defineCollection({
    loader: storySteps('data/story/steps'),
    schema: stepSchema.extend({
      chapter: z.string(),
      order: z.number().int(),
      file: z.string(),
      body: z.string(),
    }),
  }),
};

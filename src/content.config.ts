import { defineCollection } from 'astro:content';
import { actorSchema } from './schemas/actor.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { chartTextSchema } from './schemas/chartText.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSeriesSchema } from './schemas/figure.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { stepSchema } from './schemas/step.ts';
import { jsonList, jsonListFolder, storySteps } from './data/loaders.ts';
import { z } from 'zod';

// Every schema lives in src/schemas and is shared with `npm run validate`; the integration in
// src/integrations/validateData.ts has already checked cross-file references before this runs.
export const collections = {
  places: defineCollection({ loader: jsonList('data/places.json'), schema: placeSchema }),
  sources: defineCollection({ loader: jsonList('data/sources.json'), schema: sourceSchema }),
  actors: defineCollection({ loader: jsonList('data/actors.json'), schema: actorSchema }),
  figures: defineCollection({ loader: jsonList('data/figures.json'), schema: figureSeriesSchema }),
  // {place:…}, {date:…}, {actor:…} and {figure:…} in takeaways and summaries are expanded here,
  // as the data loads, so no page, embed or download repeats a name, date or number by hand.
  charts: defineCollection({
    loader: jsonList('data/story/charts.json', undefined, ['takeaway']),
    schema: chartTextSchema,
  }),
  // A chapter's number is its position in the file: reordering chapters never means renumbering.
  chapters: defineCollection({
    loader: jsonList('data/story/chapters.json', (chapter, i) => ({ ...chapter, number: i + 1 }), [
      'summary',
    ]),
    schema: chapterSchema.extend({ number: z.number().int().positive() }),
  }),
  events: defineCollection({
    loader: jsonListFolder('data/events', ['summary']),
    schema: eventSchema,
  }),
  steps: defineCollection({
    loader: storySteps('data/story/steps', 'data/story/chapters.json'),
    schema: stepSchema.extend({
      chapter: z.string(),
      order: z.number().int(),
      file: z.string(),
      body: z.string(),
    }),
  }),
};

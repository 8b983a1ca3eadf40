/**
 * Build-time access to the validated data, with lookup maps. Pages and components call this once;
 * it never ships to the browser.
 */
import { getCollection } from 'astro:content';
import { perDataVersion } from './perDataVersion.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Event } from '../schemas/event.ts';
import type { FigureSeries } from '../schemas/figure.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import type { StepData } from '../schemas/step.ts';

/** A chapter with its number (its position in data/story/chapters.json). */
export type StoryChapter = Chapter & { number: number };

/** A story step with its raw Markdown text and reading order. */
export type StoryStep = StepData & { order: number; file: string; body: string };

export interface Dataset {
  chapters: StoryChapter[];
  steps: StoryStep[];
  places: Map<string, Place>;
  events: Map<string, Event>;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  figures: Map<string, FigureSeries>;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

/** Loads every collection once per build (once per data version under astro dev). */
export const getDataset: () => Promise<Dataset> = perDataVersion(async () => {
  const values = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  const [chapters, steps, places, events, actors, sources, figures] = await Promise.all([
    getCollection('chapters').then(values),
    getCollection('steps').then(values),
    getCollection('places').then(values),
    getCollection('events').then(values),
    getCollection('actors').then(values),
    getCollection('sources').then(values),
    getCollection('figures').then(values),
  ]);
  return {
    chapters: (chapters as StoryChapter[]).sort((a, b) => a.number - b.number),
    steps: (steps as StoryStep[]).sort((a, b) => a.order - b.order),
    places: byId(places as Place[]),
    events: byId(events as Event[]),
    actors: byId(actors as Actor[]),
    sources: byId(sources as Source[]),
    figures: byId(figures as FigureSeries[]),
  };
});

/**
 * Build-time: everything the story page shows, computed from the dataset (the view model of
 * Story.astro, StoryStep.astro, StorySources.astro and the story bar), so it can be tested
 * without rendering a page.
 */
import { storyMapPlaces, type StoryMapPlace } from '../../map/shared/storyMapPlaces.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Chapter } from '../../schemas/chapter.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';
import type { StepData } from '../../schemas/step.ts';
import { nameModes, type NameMode } from '../placeName.ts';
import { describeStep } from './describeStep.ts';
import type { NoteNumbers } from './expandRefs.ts';
import { mapGazetteer, mapStepOf, type StepMap } from './mapStepOf.ts';
import { renderStepText } from './renderStepText.ts';
import { storySources, type StorySources } from './storySources.ts';

/** What the story is made from (src/data/dataset.ts provides it). */
export interface StoryData {
  chapters: readonly (Chapter & { number: number })[];
  /** In reading order. */
  steps: readonly (StepData & { body: string })[];
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, Event>;
  actors: ReadonlyMap<string, Actor>;
  figures: ReadonlyMap<string, FigureSeries>;
  sources: ReadonlyMap<string, Source>;
}

export interface StoryViewOptions {
  /** Note numbering shared with what precedes the story on its page; numbers the story's notes. */
  notes: NoteNumbers;
  /** Keys (`kind/id`) of the embeds this build has, for each step's "Embed this graphic" link. */
  embedKeys: ReadonlySet<string>;
  /** The site's base path. */
  base: string;
}

type StepChart = NonNullable<StepData['chart']>;
type ByMode = Record<NameMode, string>;

/** One step as the page shows it. */
export interface StoryStepView {
  id: string;
  index: number;
  /** The chapter's head, on the chapter's first step only. */
  chapterHead?: Chapter & { number: number };
  /** The step's own heading, else its chapter's title. */
  heading: string;
  /** The step's text as HTML. */
  html: string;
  /** What sits in the graphic panel: the step's chart, or its map. */
  chart?: StepChart;
  /** The map part of the step (also sent to the browser map when the graphic is a chart). */
  map: StepMap;
  /** A chart placed in the text, beside the map. */
  textChart?: StepChart;
  /** What the graphic shows, in words, in each naming convention. */
  descriptions: ByMode;
  /** The same, as the text read out after the step's text ("Graphic: …"). */
  graphicText: ByMode;
  /** The chapter's first map carries the locator inset. */
  locator: boolean;
  /** On paper a map is printed once: this step's map is the previous step's. */
  sameMapAsPrevious: boolean;
  /** Where "Embed this graphic" leads: the gallery entry of the step's chart or chapter map. */
  embedHref: string;
  isLast: boolean;
}

/** A chapter with the step a jump to it lands on (the story bar's menu, the chapter list). */
export type StoryChapterView = Chapter & { number: number; firstStep: string };

/**
 * The step data the page embeds as JSON for <story-scroller> and the live map: only what they
 * read. The graphic's description, which the scroller announces, is read from the step's own text
 * (in the reader's naming convention); events are not used in the browser.
 */
export type StoryClientStep = StepMap['live'] & Pick<StepData, 'chapter' | 'chart'>;

export interface StoryView {
  chapters: StoryChapterView[];
  steps: StoryStepView[];
  clientSteps: StoryClientStep[];
  /** Every place with coordinates, for the live map, which any step may send anywhere. */
  places: StoryMapPlace[];
  /** Where the live map starts when it loads before the reader reaches a step. */
  firstMapStep: StepMap['live'] | undefined;
  sources: StorySources;
}

/** A map step, or one whose chart sits in the text beside the map. */
const showsMap = (step: StepData) => !step.chart || step.chart.placement === 'text';
const mapKey = (s: StepData) =>
  JSON.stringify([s.camera, s.layers, s.places, s.highlight, s.annotations]);

/** The story page's view model. Renders the steps' text, numbering their notes in `notes`. */
export function storyView(data: StoryData, options: StoryViewOptions): StoryView {
  const { steps, chapters } = data;
  const gazetteer = mapGazetteer(data.places.values());
  const ctx = { ...data, notes: options.notes };
  const gallery = `${options.base.replace(/\/?$/, '/')}embed/`;
  const embedHref = (step: StepData) => {
    const [kind, id] = step.chart ? ['chart', step.chart.id] : ['map', step.chapter];
    return options.embedKeys.has(`${kind}/${id}`) ? `${gallery}#embed-${kind}-${id}` : gallery;
  };
  const maps = steps.map((step) => mapStepOf(step, gazetteer));
  const views = steps.map((step, index): StoryStepView => {
    const chapter = chapters.find((c) => c.id === step.chapter);
    const lookup = { places: data.places, events: data.events, chartTitle: step.chart?.id };
    // In every naming convention, so the name switcher can change what screen readers are told too.
    const descriptions = Object.fromEntries(
      nameModes.map((mode) => [mode, describeStep(step, lookup, mode)]),
    ) as ByMode;
    const previous = index > 0 ? steps[index - 1]! : undefined;
    return {
      id: step.id,
      index,
      ...(previous?.chapter !== step.chapter && chapter ? { chapterHead: chapter } : {}),
      heading: step.heading ?? chapter?.title ?? step.id,
      html: renderStepText(step.body, ctx),
      ...(step.chart && !showsMap(step) ? { chart: step.chart } : {}),
      map: maps[index]!,
      ...(step.chart && showsMap(step) ? { textChart: step.chart } : {}),
      descriptions,
      graphicText: Object.fromEntries(
        nameModes.map((mode) => [mode, `Graphic: ${descriptions[mode]}`]),
      ) as ByMode,
      locator:
        !step.chart && steps.findIndex((s) => s.chapter === step.chapter && !s.chart) === index,
      sameMapAsPrevious:
        !step.chart &&
        previous !== undefined &&
        !previous.chart &&
        mapKey(previous) === mapKey(step),
      embedHref: embedHref(step),
      isLast: index === steps.length - 1,
    };
  });
  const first = steps.findIndex(showsMap);
  return {
    chapters: chapters.map((c) => ({
      ...c,
      firstStep: steps.find((s) => s.chapter === c.id)?.id ?? c.id,
    })),
    steps: views,
    clientSteps: steps.map((step, index) => {
      const { id, ...map } = maps[index]!.live;
      return {
        id,
        chapter: step.chapter,
        ...map,
        ...(step.chart ? { chart: step.chart } : {}),
      };
    }),
    places: storyMapPlaces(gazetteer.places),
    firstMapStep: first === -1 ? undefined : maps[first]!.live,
    sources: storySources(
      options.notes.order,
      steps.map((s, i) => ({ id: s.id, body: s.body, heading: views[i]!.heading })),
      data.sources,
    ),
  };
}

/**
 * Build-time: what a chapter-map embed shows for each of the chapter's map steps (its text as
 * HTML, the graphic's description, the places to draw, what the browser map needs), and the
 * sources its text cites, numbered from 1 within the embed.
 */
import { describeStep } from '../lib/story/describeStep.ts';
import { NoteNumbers, type RefContext } from '../lib/story/expandRefs.ts';
import { mapGazetteer, mapStepOf, type StepMap } from '../lib/story/mapStepOf.ts';
import { renderStepText } from '../lib/story/renderStepText.ts';
import type { Source } from '../schemas/source.ts';
import type { StepData } from '../schemas/step.ts';

/** One step of the embed's stepper. */
export interface MapEmbedStep {
  step: StepData & { heading?: string | undefined };
  /** The step's text, rendered like the story's (src/lib/story/renderStepText.ts). */
  html: string;
  /** What the graphic shows, in words. */
  description: string;
  /** The step's map, as the story's (its `live` part is what the browser map is sent). */
  map: StepMap;
}

/** Everything a chapter-map embed shows. */
export interface MapEmbedContent {
  steps: MapEmbedStep[];
  /** Sources cited in the steps' text, in note-number order. */
  cited: Source[];
  /** Place ids any step draws: all the browser map needs. */
  placeIds: string[];
}

/** The chapter's map steps (those without a chart), in reading order, ready to render. */
export function mapEmbedSteps(
  steps: readonly (StepData & { body: string; heading?: string | undefined })[],
  chapterId: string,
  data: Omit<RefContext, 'notes'> & { sources: ReadonlyMap<string, Source> },
): MapEmbedContent {
  const notes = new NoteNumbers();
  const ctx: RefContext = { ...data, notes };
  const gazetteer = mapGazetteer(data.places.values());
  const chosen = steps.filter((s) => s.chapter === chapterId && !s.chart);
  const out = chosen.map((step) => ({
    step,
    html: renderStepText(step.body, ctx),
    description: describeStep(step, { places: data.places, events: data.events }),
    map: mapStepOf(step, gazetteer),
  }));
  return {
    steps: out,
    cited: notes.order.map((id) => data.sources.get(id)).filter((s) => s !== undefined),
    placeIds: [...new Set(chosen.flatMap((s) => s.places))],
  };
}

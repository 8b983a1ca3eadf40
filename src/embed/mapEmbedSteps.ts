/**
 * Build-time: what a chapter-map embed shows for each of the chapter's map steps (its text as
 * HTML, the graphic's description, the places to draw, what the browser map needs), and the
 * sources its text cites, numbered from 1 within the embed.
 */
import { mapPlaces } from '../lib/mapPlaces.ts';
import { describeStep } from '../lib/story/describeStep.ts';
import { NoteNumbers, type RefContext } from '../lib/story/expandRefs.ts';
import { renderStepText } from '../lib/story/renderStepText.ts';
import type { MapStep } from '../map/browser/mapControllerOptions.ts';
import { resolveAnnotations } from '../map/shared/annotations.ts';
import type { MapPlace } from '../map/build/staticMap.ts';
import type { Source } from '../schemas/source.ts';
import type { StepData } from '../schemas/step.ts';

/** One step of the embed's stepper. */
export interface MapEmbedStep {
  step: StepData & { heading?: string | undefined };
  /** The step's text, rendered like the story's (src/lib/story/renderStepText.ts). */
  html: string;
  /** What the graphic shows, in words. */
  description: string;
  /** The step's places, for its static map. */
  places: MapPlace[];
  /** What `karabakh:step` carries to the browser map. */
  mapStep: MapStep;
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
  const allPlaces = [...data.places.values()];
  const coordinates = new Map(
    allPlaces.flatMap((p) =>
      p.lon !== null && p.lat !== null ? [[p.id, [p.lon, p.lat] as [number, number]] as const] : [],
    ),
  );
  const chosen = steps.filter((s) => s.chapter === chapterId && !s.chart);
  const out = chosen.map((step) => ({
    step,
    html: renderStepText(step.body, ctx),
    description: describeStep(step, { places: data.places, events: data.events }),
    places: mapPlaces(allPlaces, 'en', step.places),
    mapStep: {
      id: step.id,
      camera: step.camera,
      layers: step.layers,
      places: step.places,
      highlight: step.highlight,
      annotations: resolveAnnotations(step.annotations, coordinates),
    },
  }));
  return {
    steps: out,
    cited: notes.order.map((id) => data.sources.get(id)).filter((s) => s !== undefined),
    placeIds: [...new Set(chosen.flatMap((s) => s.places))],
  };
}

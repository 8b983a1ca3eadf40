/**
 * Build-time: the map part of a step, made one way for every map that shows a step: the story's
 * static and live maps, the chapter-map embeds and the explorer page (/map/). Before, each built
 * it by hand and they could drift (one resolved annotations, another did not).
 */
import type { MapStep } from '../../map/browser/mapControllerOptions.ts';
import { resolveAnnotations } from '../../map/shared/annotations.ts';
import { withContextLayers } from '../../map/shared/contextLayers.ts';
import { storyMapPlaces, type StoryMapPlace } from '../../map/shared/storyMapPlaces.ts';
import type { Place } from '../../schemas/place.ts';
import type { StepData } from '../../schemas/step.ts';

/** What a step's map is made from: the map fields of a story step (or a step-like view). */
export type MapStepInput = Pick<
  StepData,
  'id' | 'camera' | 'layers' | 'places' | 'highlight' | 'annotations'
>;

/** The gazetteer as maps need it, prepared once for many steps. */
export interface MapGazetteer {
  places: readonly Place[];
  /** Coordinates of every place that has them, by id (what annotations name). */
  coordinates: ReadonlyMap<string, [number, number]>;
}

/** The map part of one step. */
export interface StepMap {
  /** What the browser map is given for the step (as JSON): camera, layers, place ids, marks. */
  live: MapStep & { annotations: NonNullable<MapStep['annotations']> };
  /** The step's places as the static map draws them, each named in every convention. */
  places: StoryMapPlace[];
}

/** Prepares the gazetteer for {@link mapStepOf}. */
export function mapGazetteer(places: Iterable<Place>): MapGazetteer {
  const all = [...places];
  const coordinates = new Map(
    all.flatMap((p) =>
      p.lon !== null && p.lat !== null ? [[p.id, [p.lon, p.lat] as [number, number]] as const] : [],
    ),
  );
  return { places: all, coordinates };
}

/**
 * The map part of a step: its camera, layers and highlights as written (with the context layers
 * its view calls for, see withContextLayers), its places looked up in the gazetteer (those
 * without coordinates left out) and its annotations resolved to lon/lat.
 * The same step gives the same result wherever it is shown.
 */
export function mapStepOf(step: MapStepInput, gazetteer: MapGazetteer): StepMap {
  return {
    live: {
      id: step.id,
      camera: step.camera,
      layers: withContextLayers(step.layers, step.camera),
      places: step.places,
      highlight: step.highlight,
      annotations: resolveAnnotations(step.annotations, gazetteer.coordinates),
    },
    places: storyMapPlaces(gazetteer.places, step.places),
  };
}

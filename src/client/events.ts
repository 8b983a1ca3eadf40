/**
 * Ships to the browser. Every event the page's elements tell each other through `document`, with
 * its name and the type of its detail, in one place: an element emits or listens through
 * {@link emit} and {@link listen}, so a name cannot be misspelt and a detail cannot drift between
 * the sender and the listener.
 */
import type { NameMode } from '../lib/placeName.ts';
import type { MapStep } from '../map/browser/mapControllerOptions.ts';
import type { StepData } from '../schemas/step.ts';

/** What every step event carries of its step: its map part, and its chapter where it has one. */
export type EventStep = MapStep & Partial<Pick<StepData, 'chapter'>>;

/** A step became active (the story scroller, an embed's stepper). */
export const STEP_EVENT = 'karabakh:step';
/** The war timeline's scrubber asks the map to mark the places claimed so far. */
export const HIGHLIGHT_PLACES_EVENT = 'karabakh:highlight-places';
/** The reader's motion preference changed (the page's switch or the system setting). */
export const REDUCED_MOTION_EVENT = 'karabakh:reduced-motion';
/** The naming convention for places was applied to the page. */
export const NAMES_EVENT = 'karabakh:names';

/** Detail of {@link STEP_EVENT}. */
export interface StepEventDetail<S extends EventStep = EventStep> {
  id: string;
  index: number;
  step: S;
  /** The reader's motion preference when the step was activated. */
  reducedMotion: boolean;
}
/** Detail of {@link HIGHLIGHT_PLACES_EVENT}. */
export interface HighlightPlacesDetail {
  placeIds: string[];
  /** The day scrubbed to (YYYY-MM-DD). */
  date?: string;
  /** Which control sent it. */
  source?: string;
}
/** Detail of {@link REDUCED_MOTION_EVENT}. */
export interface ReducedMotionDetail {
  reduced: boolean;
}
/** Detail of {@link NAMES_EVENT}. */
export interface NamesDetail {
  mode: NameMode;
}

/** Each event's name and its detail. */
export interface ClientEvents {
  [STEP_EVENT]: StepEventDetail;
  [HIGHLIGHT_PLACES_EVENT]: HighlightPlacesDetail;
  [REDUCED_MOTION_EVENT]: ReducedMotionDetail;
  [NAMES_EVENT]: NamesDetail;
}
export type ClientEventName = keyof ClientEvents;

/** Dispatches `type` on document (or `target`) with its typed detail. */
export function emit<K extends ClientEventName>(
  type: K,
  detail: ClientEvents[K],
  target: EventTarget = document,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail }));
}

/**
 * Calls `listener` with the detail of every `type` event on document (or `target`) until the
 * returned function is called or `signal` aborts.
 */
export function listen<K extends ClientEventName>(
  type: K,
  listener: (detail: ClientEvents[K]) => void,
  { target = document, signal }: { target?: EventTarget; signal?: AbortSignal } = {},
): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ClientEvents[K]>).detail);
  target.addEventListener(type, handler, signal ? { signal } : undefined);
  return () => target.removeEventListener(type, handler);
}

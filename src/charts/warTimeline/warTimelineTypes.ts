/**
 * The data and options types of the war timeline, in their own module so its layouts, scenes and
 * data preparation import them without importing each other.
 */
import type { NameMode } from '../../lib/placeName.ts';
import type { BaseOptions } from '../core/chartSpec.ts';
import type { Speaker } from '../core/party.ts';

/** Kinds of event the timeline draws. */
export type TimelineKind = 'capture-claim' | 'ceasefire' | 'agreement';

/** One event on the timeline, as prepared by ./prepareWarTimeline.ts. */
export interface TimelineMark {
  id: string;
  /** YYYY-MM-DD (a month or year is drawn at its middle). */
  date: string;
  kind: TimelineKind;
  /** Place names for a capture claim, the title for an agreement; ceasefires are labelled by date. */
  label: string;
  /** A capture claim's label in every naming convention (`label` is its English form). */
  names?: Record<NameMode, string>;
  /** Places the event concerns (for capture claims, the places claimed). */
  placeIds: string[];
  /** Who announced it (capture claims). */
  claimedBy: Speaker[];
  /** Who denied it. */
  deniedBy: Speaker[];
}

/** Input of the war timeline. */
export interface WarTimelineData {
  /** First and last day of the war (YYYY-MM-DD). */
  start: string;
  end: string;
  marks: TimelineMark[];
}

/** Options of the war timeline. */
export interface WarTimelineOptions extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  rowHeight: number;
  markerRadius: number;
  /** Legend wording; names of claimants and deniers are appended from the data. */
  text: { claim: string; denial: string; ceasefire: string; agreement: string };
}
/** Swatches the legend uses. */
export type TimelineSwatch = 'claim' | 'denial' | 'ceasefire' | 'agreement';

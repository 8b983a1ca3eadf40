import { z } from 'zod';
import { kebabId } from './common.ts';
import { eventCategories } from './event.ts';

/** A figure series of data/figures.json, by id (`idOf` links it to the ids in editor schemas). */
export const figureRef = kebabId.meta({ idOf: 'figure' });
/** An event of data/events/, by id. */
export const eventRef = kebabId.meta({ idOf: 'event' });

/** The fields of a selection that name other records, so the validator can check they exist. */
export const selectionRefs = new Map<z.ZodType, 'figure' | 'event'>([
  [figureRef, 'figure'],
  [eventRef, 'event'],
]);

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. "2022-03"');

/** Which events the war timeline shows. */
export const warTimelineSelection = z.strictObject({
  /** The war event: its date and endDate bound the timeline. */
  warId: eventRef,
  /** Agreements to mark (capture claims and ceasefires dated within the war are all shown). */
  agreementIds: z.array(eventRef),
});
export type WarTimelineSelection = z.infer<typeof warTimelineSelection>;

/** Which figure series “Counting the dead” shows. */
export const countingTheDeadSelection = z.strictObject({
  /** Series of the tolls panel, in legend order: each side's official counts, then independent tallies. */
  tolls: z
    .array(
      z.strictObject({
        /** The figure series. */
        id: figureRef,
        /** "official" (a party's own count, drawn first) or "independent" (a tally by others). */
        role: z.enum(['official', 'independent']),
      }),
    )
    .min(1),
  /** Series of the civilians panel. */
  civilians: z.array(figureRef),
});
export type CountingTheDeadSelection = z.infer<typeof countingTheDeadSelection>;

/** Which figure series “The contingent” shows. */
export const contingentSelection = z.strictObject({
  /** Single-value series: what the statement allowed, in build-up order. */
  allowed: z.array(figureRef).min(1),
  /** Observation posts reported open. */
  posts: figureRef,
  /** Temporary posts reported open. */
  temporaryPosts: figureRef,
  /** Observation posts reported closed. */
  postsClosed: figureRef,
  /** Temporary posts reported closed. */
  temporaryPostsClosed: figureRef,
});
export type ContingentSelection = z.infer<typeof contingentSelection>;

/** Which events “Incidents on the line” counts. */
export const incidentsSelection = z.strictObject({
  /** First month shown (YYYY-MM). */
  from: month,
  /** Last month shown (YYYY-MM). */
  to: month,
  /** Which kinds of event count as incidents. */
  categories: z.array(z.enum(eventCategories)).min(1),
  /** Months picked out (YYYY-MM), e.g. the March–April 2022 cluster. */
  cluster: z.strictObject({ from: month, to: month }).optional(),
});
export type IncidentsSelection = z.infer<typeof incidentsSelection>;

/** Which figure series “The exodus” shows. */
export const exodusSelection = z.strictObject({
  /** Running count of people displaced. */
  displaced: figureRef,
  /** Population estimate before the displacement (optional). */
  population: figureRef.optional(),
});
export type ExodusSelection = z.infer<typeof exodusSelection>;

/**
 * Which records each chart shows: an editorial choice, made in data/story/charts.json (the
 * `selection` of each chart) and read by the chart's data preparation. Only ids and months: every
 * number and name comes from the records themselves. The keys are the chart ids; the chart
 * registry (src/charts/registry.ts) has one entry per key.
 */
/** Which figure series “The dead of September 2023” shows: each side's count of its own dead. */
export const offensive2023Selection = z.strictObject({
  /** The series, in the order they are revealed (`state.step` n shows the first n). */
  series: z.array(figureRef).min(1),
});
export type Offensive2023Selection = z.infer<typeof offensive2023Selection>;

export const chartSelectionSchemas = {
  'war-timeline': warTimelineSelection,
  'counting-the-dead': countingTheDeadSelection,
  contingent: contingentSelection,
  incidents: incidentsSelection,
  exodus: exodusSelection,
  'offensive-2023': offensive2023Selection,
} as const;

/** Every chart id, in registry order. */
export type ChartId = keyof typeof chartSelectionSchemas;

/** What a chart's `selection` holds in data/story/charts.json. */
export type ChartSelection<I extends ChartId = ChartId> = z.infer<
  (typeof chartSelectionSchemas)[I]
>;

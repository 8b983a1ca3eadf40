import { z } from 'zod';
import { kebabId, partialDate } from './common.ts';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A point: [lon, lat], or a place id from data/places.json (drawn at its coordinates). */
export const annotationPoint = z.union([lonLat, kebabId]);

/** Whose action or claim a mark shows; it sets the colour, the legend names it. */
export const annotationSides = ['armenian', 'azerbaijani', 'russian', 'neutral'] as const;

const text = z.string().min(2).max(70);

/** A note placed on the map, e.g. "Karaglukh heights (position not found)". */
const labelAnnotation = z.strictObject({
  type: z.literal('label'),
  at: annotationPoint,
  text,
});

/** An arrow, e.g. an advance as one side described it. */
const arrowAnnotation = z.strictObject({
  type: z.literal('arrow'),
  from: annotationPoint,
  to: annotationPoint,
  side: z.enum(annotationSides).default('neutral'),
  text: text.optional(),
});

/** A highlighted route or stretch of road. */
const routeAnnotation = z.strictObject({
  type: z.literal('route'),
  path: z.array(annotationPoint).min(2),
  /** road: a road in use; old-road: one given up; exodus: the way people left. */
  style: z.enum(['road', 'old-road', 'exodus']),
  text: text.optional(),
});

/** A dated marker: what happened at a point, and whose account it is. */
const markerAnnotation = z.strictObject({
  type: z.literal('marker'),
  at: annotationPoint,
  date: partialDate,
  text,
  /** Whose claim this is (coloured by side); neutral for what the sources agree on. */
  side: z.enum(annotationSides).default('neutral'),
});

/** One map annotation of a story step (front matter `annotations`). */
export const annotationSchema = z.discriminatedUnion('type', [
  labelAnnotation,
  arrowAnnotation,
  routeAnnotation,
  markerAnnotation,
]);

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationSide = (typeof annotationSides)[number];

import { z } from 'zod';
import { kebabId } from './common.ts';
import { layerIds } from './layerIds.ts';
import { annotationSchema } from './annotation.ts';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** Where the map looks in a step. Either `bounds` (preferred: fits every screen) or `center` + `zoom`. */
export const cameraSchema = z
  .strictObject({
    /** [[west, south], [east, north]] in degrees; fitted to the viewport, phones included. */
    bounds: z.tuple([lonLat, lonLat]).optional(),
    /** [lon, lat] */
    center: lonLat.optional(),
    /** MapLibre zoom level (0–22). */
    zoom: z.number().min(0).max(22).optional(),
    /** Compass bearing in degrees (0 = north up). */
    bearing: z.number().min(-180).max(360).default(0),
    /** Tilt in degrees (0 = looking straight down). */
    pitch: z.number().min(0).max(60).default(0),
  })
  .refine((c) => c.bounds !== undefined || (c.center !== undefined && c.zoom !== undefined), {
    message:
      'needs either bounds, or both center and zoom (expected e.g. bounds: [[46.3, 39.5], [47.2, 40.4]])',
  })
  .refine(
    (c) => !c.bounds || (c.bounds[0][0] < c.bounds[1][0] && c.bounds[0][1] < c.bounds[1][1]),
    {
      message: 'bounds must be [[west, south], [east, north]] with west < east and south < north',
    },
  );

/** What a step's graphic shows when it is a chart rather than the map. */
export const stepChartSchema = z.strictObject({
  /** Chart id: an entry of the chart registry (src/charts/registry.ts). */
  id: kebabId,
  /**
   * Where the chart goes: "graphic" replaces the map for this step; "text" puts it in the step's
   * card and keeps the map beside it (for charts that drive the map, like the war timeline).
   */
  placement: z.enum(['graphic', 'text']).default('graphic'),
  /** Chart-specific state (e.g. { "until": "2020-10-20" }); absent means the finished chart. */
  state: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** The front matter of one story step (the Markdown body is the step's text). */
export const stepSchema = z.strictObject({
  /** Kebab-case id, unique across the story; also the step's address (#id). */
  id: kebabId,
  /**
   * Optional: the chapter is the one whose `steps` list in data/story/chapters.json names this
   * step. When given, it must be that chapter (a check, never a second place that decides).
   */
  chapter: kebabId.optional(),
  /** Optional heading shown above the step's text. */
  heading: z.string().min(3).max(80).optional(),
  camera: cameraSchema,
  /** Map layers shown, bottom first. */
  layers: z.array(z.enum(layerIds)).min(1, 'a step shows at least one layer'),
  /** Place ids drawn and labelled in this step. */
  places: z.array(kebabId).default([]),
  /** Place ids emphasised in this step (must also be in `places`). */
  highlight: z.array(kebabId).default([]),
  /** Event ids this step is about (their dates feed the graphic's description). */
  events: z.array(kebabId).default([]),
  /** Marks drawn on this step's map (labels, arrows, routes, dated markers), inside its view. */
  annotations: z.array(annotationSchema).default([]),
  /** Show a chart instead of the map for this step. */
  chart: stepChartSchema.optional(),
});

/** A step's front matter as written: `chapter` may be left out. */
export type StepFrontMatter = z.infer<typeof stepSchema>;
/** A step placed in the story: its chapter is the one that lists it in chapters.json. */
export type StepData = StepFrontMatter & { chapter: string };
export type CameraData = z.infer<typeof cameraSchema>;

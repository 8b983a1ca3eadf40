import { z } from 'zod';
import { kebabId, partialDate, sourceList } from './common.ts';

/** One reported value of a series. */
export const figureValueSchema = z.strictObject({
  /** Date the figure refers to or was published (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: partialDate,
  /** The number as reported; the lower bound when a range was given. */
  value: z.number().nonnegative(),
  /** Upper bound when the report gave a range ("202–207"). */
  upper: z.number().nonnegative().optional(),
  /** How the reporter qualified it. */
  qualifier: z.enum(['exact', 'about', 'at-least', 'more-than']).default('exact'),
  /** Actor id of whoever reported the number. */
  reporter: kebabId,
  /** Context in our words, e.g. "bodies examined by forensic experts". */
  note: z.string().optional(),
  sources: sourceList,
});

/** A numeric series for a chart, e.g. Azerbaijani military dead as reported over time. */
export const figureSeriesSchema = z.strictObject({
  /** Kebab-case id, e.g. "war-2020-military-dead-azerbaijan". */
  id: kebabId,
  /** Label for charts and tables. */
  label: z.string().min(3),
  /**
   * A few words written beside the series' line where a chart is too narrow for a legend, naming
   * who reported what: "Armenia: bodies examined". Falls back to the reporters' names.
   */
  shortLabel: z.string().min(2).max(48).optional(),
  /** What is counted, singular noun phrase: "servicemen killed", "observation posts". */
  unit: z.string().min(2),
  /** Which chart or topic the series belongs to. */
  group: z.enum([
    'casualties-2020',
    'contingent',
    'observation-posts',
    'displacement',
    'casualties-other',
    'population',
  ]),
  /** One sentence on what is counted and what is not. */
  description: z.string().min(10),
  values: z.array(figureValueSchema).min(1, 'a series needs at least one value'),
});

export type FigureValue = z.infer<typeof figureValueSchema>;
export type FigureSeries = z.infer<typeof figureSeriesSchema>;
export const figuresFileSchema = z.array(figureSeriesSchema);

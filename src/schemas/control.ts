import { z } from 'zod';
import { kebabId, partialDate, sourceList } from './common.ts';

/**
 * Who held a place. `armenian` = the Armenian side (Armenian forces and the Nagorno-Karabakh
 * authorities); `azerbaijani` = Azerbaijani forces; `russian-peacekeepers` = the Lachin corridor
 * under the Russian contingent (point 6 of the 9/10 Nov 2020 statement); `contested` = the sources
 * disagree about who held it (the map shows it, the area test does not decide it).
 */
export const controlSides = [
  'armenian',
  'azerbaijani',
  'russian-peacekeepers',
  'contested',
] as const;

/** One sourced statement of control: a place held by a side from one date to another. */
export const controlPointSchema = z
  .strictObject({
    /** Kebab-case id, unique in the file, e.g. "shusha-az-2020". */
    id: kebabId,
    /** Place id from data/places.json (a town, village or named height with coordinates). */
    place: kebabId,
    side: z.enum(controlSides),
    /** First day the side is known to hold the place (YYYY-MM-DD). */
    from: partialDate,
    /** Last day it held it; null when it still does or no later change is recorded. */
    to: partialDate.nullable(),
    /** Sources that say who held the place in this period. */
    sources: sourceList,
    /** What the sources say, in our words (claims named as claims). */
    note: z.string().min(10),
  })
  .refine((p) => p.to === null || p.to >= p.from, {
    message: 'ends before it starts (expected "to" on or after "from")',
    path: ['to'],
  });

export type ControlPoint = z.infer<typeof controlPointSchema>;
export type ControlSide = (typeof controlSides)[number];
export const controlFileSchema = z.array(controlPointSchema);

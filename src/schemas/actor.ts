import { z } from 'zod';
import { kebabId } from './common.ts';

/** Which side of the conflict (or outside it) an actor speaks for. */
export const actorSides = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'russia',
  'turkey',
  'mediator',
  'international',
  'media',
  'independent',
] as const;

/** Someone who makes claims or reports figures. */
export const actorSchema = z.strictObject({
  /** Kebab-case id, e.g. "ru-mod". */
  id: kebabId,
  /** Full name in English, e.g. "Ministry of Defence of the Russian Federation". */
  name: z.string().min(2),
  /** Short form used in running text, e.g. "Russian MoD". */
  shortName: z.string().min(2),
  /** Side the actor speaks for; drives colour and grouping. */
  side: z.enum(actorSides),
  /** One sentence on who this is, in our words. */
  description: z.string().min(10).optional(),
});

export type Actor = z.infer<typeof actorSchema>;
export const actorsFileSchema = z.array(actorSchema);

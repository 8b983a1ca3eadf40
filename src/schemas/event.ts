import { z } from 'zod';
import { kebabId, partialDate, sourceList, textWithRefs } from './common.ts';

/** The most characters an event summary may take, as read (references expanded). */
export const EVENT_SUMMARY_MAX = 400;

export const eventCategories = [
  'founding',
  'war',
  'capture-claim',
  'crossing',
  'strike',
  'clash',
  'statement',
  'agreement',
  'ceasefire',
  'handover',
  'deployment',
  'casualty-report',
  'talks',
  'blockade',
  'displacement',
  'dissolution',
  'withdrawal',
  'command',
  'court',
] as const;

/** What one party said about an event. */
export const claimSchema = z.strictObject({
  /** Actor id (data/actors.json): every claim is some party's, never nobody's. */
  actor: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing (expected the id of the actor who made the claim, from data/actors.json)'
          : undefined,
    })
    .pipe(kebabId),
  /** "asserts" for a claim, "denies" for a denial or counter-claim of another party's assertion. */
  stance: z.enum(['asserts', 'denies']),
  /** What they said, paraphrased in our words (no quotation unless marked with quotes). */
  text: z.string().min(10),
  /** When they said it. */
  date: partialDate,
  sources: sourceList,
});

/** A dated happening. */
export const eventSchema = z.strictObject({
  /** Kebab-case id, e.g. "2022-04-15-seysulan-crossing". */
  id: kebabId,
  /** Start date (YYYY-MM-DD, YYYY-MM or YYYY); the number of parts is the precision. */
  date: partialDate,
  /** Last day for events that span time. */
  endDate: partialDate.optional(),
  /** A note on a disputed or uncertain date, naming the sources on each side. */
  dateNote: z.string().optional(),
  /** Short title for lists and timelines. */
  title: z.string().min(3).max(90),
  /** One line in our own words. */
  summary: textWithRefs(10, EVENT_SUMMARY_MAX),
  category: z.enum(eventCategories),
  /** Place ids (data/places.json) the event happened at or concerns. */
  places: z.array(kebabId).default([]),
  /**
   * For one provision of a longer text recorded on its own, so that a step can show just that
   * clause (point 6 of the 2020 statement, say): the id of the event for the whole text. The two
   * are then one text, not a duplicate; it is exported as `part_of`.
   */
  partOf: kebabId.optional(),
  /**
   * Events on the same day, at the same place and of the same category that an editor has
   * checked and found to be other happenings (another party's statement on another point): the
   * probable-duplicate warning leaves these pairs alone.
   */
  distinctFrom: z.array(kebabId).optional(),
  /** What each party said; empty when the sources do not disagree. */
  claims: z.array(claimSchema).default([]),
  sources: sourceList,
});

export type Claim = z.infer<typeof claimSchema>;
export type Event = z.infer<typeof eventSchema>;
export type EventCategory = (typeof eventCategories)[number];
export const eventsFileSchema = z.array(eventSchema);

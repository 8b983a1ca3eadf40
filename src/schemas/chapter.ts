import { z } from 'zod';
import { kebabId, textWithRefs } from './common.ts';

/** The most characters a chapter summary may take, as read (references expanded). */
export const CHAPTER_SUMMARY_MAX = 240;

/**
 * One chapter of the story, as listed on the home page and in the table of contents. The story
 * reads chapters in the order of data/story/chapters.json (their number is their position) and the
 * steps of each chapter in the order of its `steps` list; step file names play no part.
 */
export const chapterSchema = z.strictObject({
  /** Kebab-case id; also the chapter's anchor in the page address. */
  id: kebabId,
  /** Title shown to readers. */
  title: z.string().min(3).max(60),
  /** One-sentence teaser in our words. */
  summary: textWithRefs(10, CHAPTER_SUMMARY_MAX),
  /** Period covered, as readers should see it (e.g. "27 Sep – 10 Nov 2020"). */
  period: z.string().min(4).max(40),
  /** Ids of this chapter's steps (the `id:` of files in data/story/steps/), in reading order. */
  steps: z.array(kebabId).min(1, 'a chapter lists at least one step'),
});

export type Chapter = z.infer<typeof chapterSchema>;
export const chaptersFileSchema = z.array(chapterSchema);

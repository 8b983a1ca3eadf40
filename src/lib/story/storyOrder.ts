/**
 * Reading order of the story, from data/story/chapters.json alone: chapters in the order of the
 * file, steps in the order of each chapter's `steps` list. Tolerant of a half-broken file (the dev
 * server keeps showing what it can while the validator reports the rest).
 */

/** Where a listed step sits: its chapter, that chapter's number, its position in the story. */
export interface StepPlace {
  chapter: string;
  /** 1-based chapter number (its position in chapters.json). */
  chapterNumber: number;
  /** 0-based position in the whole story. */
  order: number;
}

/** Maps every listed step id to its place; a step listed twice keeps its first place. */
export function stepPlaces(chapters: unknown): Map<string, StepPlace> {
  const places = new Map<string, StepPlace>();
  if (!Array.isArray(chapters)) return places;
  let order = 0;
  chapters.forEach((chapter: unknown, index) => {
    const { id, steps } = (chapter ?? {}) as { id?: unknown; steps?: unknown };
    if (typeof id !== 'string' || !Array.isArray(steps)) return;
    for (const step of steps)
      if (typeof step === 'string' && !places.has(step))
        places.set(step, { chapter: id, chapterNumber: index + 1, order: order++ });
  });
  return places;
}

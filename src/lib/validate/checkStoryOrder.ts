import type { Located } from './crossCheck.ts';
import type { Problem } from './problem.ts';

/** A step file as far as the order check needs it: its id (when readable) and its `chapter:`. */
export interface StepIdentity {
  file: string;
  id: string;
  /** The front matter's optional `chapter:`, when the front matter parsed. */
  chapter?: string | undefined;
}

/** A chapter's id and step list, read even from a chapter that fails its schema otherwise. */
export type ChapterListing = Located<{ id: string; steps: readonly string[] }>;

const label = (c: ChapterListing) => `#${c.index + 1} (${c.record.id})`;

/**
 * Checks the reading order in chapters.json against the step files: every step listed exactly
 * once, every listed id has a file, a step's own `chapter:` (if any) agrees with the list. Returns
 * errors, and warnings for file names whose chapter number disagrees (names no longer decide the
 * order, but a folder that reads in order is easier to work in).
 */
export function checkStoryOrder(
  chapters: readonly ChapterListing[],
  steps: readonly StepIdentity[],
  /** Step files whose id could not be read: any listed id may be theirs, so none is "missing". */
  unidentified = 0,
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const files = new Map(steps.map((s) => [s.id, s]));
  const listed = new Map<string, { chapter: ChapterListing; at: string }>();

  chapters.forEach((chapter, position) => {
    chapter.record.steps.forEach((id, i) => {
      const at = `${label(chapter)} › steps[${i}]`;
      const first = listed.get(id);
      if (first) {
        errors.push({
          file: chapter.file,
          path: at,
          message: `step "${id}" is listed twice: already at ${first.at} (expected each step once, in the one chapter where it is read)`,
        });
        return;
      }
      listed.set(id, { chapter, at });
      const step = files.get(id);
      if (!step) {
        if (unidentified > 0) return;
        errors.push({
          file: chapter.file,
          path: at,
          message: `lists step "${id}", but no file in data/story/steps/ has id: ${id} (expected the id of a step file; check the spelling or create the file with npm run new -- step)`,
        });
        return;
      }
      // An unknown chapter id is already reported by checkSteps; say it once.
      const known = chapters.some((c) => c.record.id === step.chapter);
      if (step.chapter !== undefined && known && step.chapter !== chapter.record.id)
        errors.push({
          file: step.file,
          path: 'chapter',
          message: `says chapter "${step.chapter}" but chapters.json lists this step in "${chapter.record.id}" (expected the two to agree; you can also delete the chapter: line, chapters.json decides)`,
        });
      const number = /(?:^|\/)(\d+)-[^/]*$/.exec(step.file)?.[1];
      if (number !== undefined && Number(number) !== position + 1)
        warnings.push({
          file: step.file,
          path: '',
          message: `file name starts with ${number} but the step is in chapter ${position + 1} (${chapter.record.id}) (names do not set the order, chapters.json does; renaming it to ${String(position + 1).padStart(2, '0')}-… keeps the folder in reading order)`,
        });
    });
  });

  for (const step of steps)
    if (!listed.has(step.id))
      errors.push({
        file: step.file,
        path: 'id',
        message: `step "${step.id}" is not listed in data/story/chapters.json, so the story does not show it (expected its id in the steps list of its chapter, at the place it is read)`,
      });
  return { errors, warnings };
}

/** The story's steps in reading order, read from data/ the way the site and the browser tests read them. */
import { readStepFiles } from '../../src/lib/story/readStepFiles.ts';
import type { StepData } from '../../src/schemas/step.ts';

/** Every step, in reading order (chapters.json); `map` is false for steps whose graphic is a chart. */
export function readStorySteps(root: URL): { id: string; map: boolean }[] {
  return readStepFiles(new URL('data/story/steps/', root))
    .map((f) => f.data as StepData)
    .map((s) => ({ id: s.id, map: !s.chart }));
}

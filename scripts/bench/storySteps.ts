/** The story's steps in reading order, read from data/ the way the browser tests read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { splitFrontMatter } from '../../src/lib/story/frontMatter.ts';
import type { StepData } from '../../src/schemas/step.ts';

/** Every step, in file-name order; `map` is false for steps whose graphic is a chart. */
export function readStorySteps(root: URL): { id: string; map: boolean }[] {
  const dir = new URL('data/story/steps/', root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => splitFrontMatter(readFileSync(new URL(f, dir), 'utf8')).data as StepData)
    .map((s) => ({ id: s.id, map: !s.chart }));
}

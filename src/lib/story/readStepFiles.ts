/**
 * The story's step files (data/story/steps/*.md) in reading order — file-name order — each split
 * into its front matter and Markdown body. Read by the content collection, the bench and the
 * browser tests, so all three walk the story the same way. Node-only (reads files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { splitFrontMatter, type FrontMatterFile } from './frontMatter.ts';

/** One step file: its name, its front matter (not yet validated) and its body. */
export type StepFile = FrontMatterFile & { name: string };

/** Every `.md` file in `dir`, sorted by name, front matter split off. */
export function readStepFiles(dir: URL): StepFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, ...splitFrontMatter(readFileSync(new URL(name, dir), 'utf8')) }));
}

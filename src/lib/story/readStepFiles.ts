/**
 * The story's steps in reading order — the order of data/story/chapters.json, never file names —
 * each split into its front matter and Markdown body. Read by the content collection, the bench
 * and the browser tests, so all three walk the story the same way. Node-only (reads files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { splitFrontMatter, type FrontMatterFile } from './frontMatter.ts';
import { stepPlaces } from './storyOrder.ts';

/** One step file: its name, its front matter (not yet validated), its body and its place. */
export type StepFile = FrontMatterFile & { name: string; chapter: string; order: number };

/** The parsed chapters.json next to the steps folder, or undefined when missing or not JSON. */
function readChapters(stepsDir: URL): unknown {
  const file = new URL('../chapters.json', stepsDir);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Every `.md` file in `dir` whose id a chapter lists, in story order. Files no chapter lists are
 * left out (the validator names them); so are files whose front matter has no id.
 */
export function readStepFiles(dir: URL): StepFile[] {
  const places = stepPlaces(readChapters(dir));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name, ...splitFrontMatter(readFileSync(new URL(name, dir), 'utf8')) }))
    .flatMap((file) => {
      const id = (file.data as { id?: unknown } | undefined)?.id;
      const place = typeof id === 'string' ? places.get(id) : undefined;
      return place ? [{ ...file, chapter: place.chapter, order: place.order }] : [];
    })
    .sort((a, b) => a.order - b.order);
}

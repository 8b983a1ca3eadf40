/** Every built page: the .html files under a folder (dist/), for the post-build steps and tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute paths of every `.html` file under `dir`, in directory order. Node-only. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

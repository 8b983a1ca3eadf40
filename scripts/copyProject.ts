/**
 * A throwaway copy of the project that can validate and build on its own, for runs that change
 * data/ without touching the repository's (the bench's ×10 data, broken- and hostile-data tests).
 * Node-only.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `astro build` and `npm run validate` read; everything else stays behind. */
const BUILD_INPUTS = [
  'src',
  'public',
  'data',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * Copies the build inputs of the project at `root` into a new folder under the system's temp dir
 * (named `<prefix>…`), links node_modules rather than copying it, and returns the folder.
 * The caller removes it.
 */
export function copyProject(root: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of BUILD_INPUTS)
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

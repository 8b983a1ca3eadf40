/**
 * Two builds of the same commit are byte-identical: every page, script, stylesheet, font, share
 * image and the offline worker. A reader's cache, a CDN and a reviewer's `diff` of two builds then
 * see only what the data or code changed (static maps once drew random ids into every page).
 * Each build runs in a copy of its own, in another folder with no cache, as two machines would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/copyProject.ts';

const root = join(import.meta.dirname, '..', '..');
/** What Astro and Vite keep between builds in node_modules. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp']);
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds a fresh copy of the project and returns its dist/. The copy's node_modules is a folder of
 * links to the packages rather than one link to the folder, so Astro's and Vite's caches
 * (node_modules/.astro, node_modules/.vite) start empty and stay the copy's own: each build is
 * cold, as on a new machine, and neither reads what the other (or the repository) left.
 */
function build(): string {
  const dir = copyProject(root, 'karabakh-repro-');
  copies.push(dir);
  const modules = join(dir, 'node_modules');
  unlinkSync(modules);
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (!CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'node'),
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (run.status !== 0)
    throw new Error(`astro build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return join(dir, 'dist');
}

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Where two texts part, with some context, so a failure shows what differs. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('astro build, run twice on the same commit', () => {
  it('writes byte-identical files, every page included', () => {
    const first = build();
    const second = build();
    const names = files(first);
    expect(files(second)).toEqual(names);
    expect(names.filter((n) => n.endsWith('.html')).length).toBeGreaterThan(10);
    const differing = names.flatMap((name) => {
      const a = readFileSync(join(first, name));
      const b = readFileSync(join(second, name));
      if (a.equals(b)) return [];
      return [
        /\.(html|js|css|json|txt)$|_headers$/.test(name)
          ? `${name} ${firstDifference(a.toString(), b.toString())}`
          : name,
      ];
    });
    expect(differing).toEqual([]);
  }, 600_000);
});

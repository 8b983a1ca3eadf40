import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/copyProject.ts';

const root = join(import.meta.dirname, '..', '..');
let copy = '';
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('astro build on broken data', () => {
  it('stops with the same file › path: reason lines as npm run validate', () => {
    copy = copyProject(root, 'karabakh-broken-');
    const placesFile = join(copy, 'data', 'places.json');
    const places = JSON.parse(readFileSync(placesFile, 'utf8')) as { kind: string }[];
    places[0]!.kind = 'hamlet';
    writeFileSync(placesFile, JSON.stringify(places));

    const node = join(root, 'node_modules', '.bin', 'node');
    const run = (script: string, ...args: string[]) =>
      spawnSync(node, [script, ...args], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    const build = run(join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build');
    // :1 is the line of the record: this test writes places.json compactly, on one line.
    const expected = 'data/places.json:1 › #1 (parukh) › kind: is "hamlet", which is not allowed';
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(expected);
    const validate = run(join(root, 'scripts', 'validate.ts'), copy);
    expect(validate.status).toBe(1);
    expect(validate.stderr.split('\n')[0]).toBe(
      `${expected} (expected one of: "capital", "city", "town", "village", "height", "facility", "monastery", "site")`,
    );
  }, 120_000);
});

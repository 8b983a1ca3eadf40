/**
 * The import-cycle check of `npm test` (`npm run cycles`: dependency-cruiser with
 * .dependency-cruiser.js) fails on a cycle and names it: run on a fixture of two modules importing
 * each other.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** `npm run cycles` as package.json writes it, pointed at `folder` instead of src/. */
function cycles(folder: string) {
  const [command, target, ...options] = scripts.cycles!.split(' ');
  expect([command, target]).toEqual(['depcruise', 'src']);
  return spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs'),
      folder,
      ...options,
    ],
    { cwd: root, encoding: 'utf8' },
  );
}

describe('npm run cycles', () => {
  it('is a step of npm test', () => {
    expect(scripts.test).toContain('npm run cycles');
  });

  it('fails on two modules importing each other, naming both and how to break the cycle', () => {
    const run = cycles('tests/unit/fixtures/importCycle');
    expect(run.status).not.toBe(0);
    const fixture = 'tests/unit/fixtures/importCycle';
    expect(run.stdout).toContain(`error no-circular: ${fixture}/a.ts`);
    expect(run.stdout).toMatch(
      new RegExp(`${fixture}/a\\.ts →\\s+${fixture}/b\\.ts →\\s+${fixture}/a\\.ts`),
    );
    expect(run.stdout).toContain('An import cycle');
  }, 60_000);
});

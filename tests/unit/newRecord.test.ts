/**
 * `npm run new`, run for real in a copy of the project: each kind lands in the right file with the
 * next free id, the command says what to fill in, and the validator reports the skeleton's
 * placeholders (and only those) until an editor replaces them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/copyProject.ts';
import { formatProblem } from '../../src/lib/validate/problem.ts';
import { readDataFiles } from '../../src/lib/validate/readDataFiles.ts';
import { validateDataset } from '../../src/lib/validate/validateDataset.ts';

const root = join(import.meta.dirname, '..', '..');
let dir = '';
beforeAll(() => {
  dir = copyProject(root, 'karabakh-new-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(process.execPath, [join(dir, 'scripts/new.ts'), ...args], {
    env: { ...process.env, NEW_ROOT: dir },
    encoding: 'utf8',
  });
const json = (file: string) =>
  JSON.parse(readFileSync(join(dir, 'data', file), 'utf8')) as { id: string }[];
const problems = () => validateDataset(readDataFiles(dir)).problems.map(formatProblem);

describe('npm run new', { timeout: 60_000 }, () => {
  it('adds a source with the next free number and says what to fill in', () => {
    const before = json('sources.json').map((s) => Number(/^S(\d+)/.exec(s.id)?.[1]));
    const out = run('source');
    const added = json('sources.json').at(-1)!;
    expect(added.id).toBe(`S${Math.max(...before) + 1}`);
    expect(out).toMatch(
      new RegExp(`added ${added.id} to data/sources.json[\\s\\S]*publisher, title, url`),
    );
    const lines = problems();
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines.every((l) => /^data\/sources\.json:\d+ › #/.test(l) && l.includes(`(${added.id})`)),
    ).toBe(true);
    expect(lines.some((l) => l.includes('FILL-IN placeholder'))).toBe(true);
  });

  it('adds an event to the file for its year, a place and a control point, each reported until filled', () => {
    run('event', '2022-04-15', 'test-crossing');
    run('place', 'test-village');
    run('control-point', 'test-village-az-2023');
    const incidents = readdirSync(join(dir, 'data/events')).find((n) => n.startsWith('2021-2022'))!;
    expect(json(`events/${incidents}`).at(-1)!.id).toBe('2022-04-15-test-crossing');
    expect(json('places.json').at(-1)!.id).toBe('test-village');
    expect(json('control.json').at(-1)!.id).toBe('test-village-az-2023');
    const lines = problems();
    for (const id of ['2022-04-15-test-crossing', 'test-village', 'test-village-az-2023'])
      expect(lines.some((l) => l.includes(`(${id})`) && l.includes('FILL-IN'))).toBe(true);
    // The next event with the same date and slug gets a fresh id.
    run('event', '2022-04-15', 'test-crossing');
    expect(json(`events/${incidents}`).at(-1)!.id).toBe('2022-04-15-test-crossing-2');
  });

  it('adds a step file and lists it in its chapter after the step named', () => {
    const out = run('step', 'the-peacekeepers', 'a-test-step', '--after', 'the-contingent');
    const chapter = (
      json('story/chapters.json') as unknown as { id: string; steps: string[] }[]
    ).find((c) => c.id === 'the-peacekeepers')!;
    expect(chapter.steps.slice(0, 2)).toEqual(['the-contingent', 'a-test-step']);
    expect(out).toMatch(/added a-test-step to data\/story\/steps\/05-02-a-test-step\.md/);
    expect(
      problems().some((l) => l.startsWith('data/story/steps/05-02-a-test-step.md › line')),
    ).toBe(true);
  });

  it('refuses an unknown kind, saying which kinds exist', () => {
    expect(() => run('person')).toThrow(/event\|source\|place\|step\|control-point/);
  });
});

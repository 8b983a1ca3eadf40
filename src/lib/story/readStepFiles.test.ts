import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readStepFiles } from './readStepFiles.ts';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A story folder with the given chapters and step files ({ file name: step id }). */
function story(chapters: { id: string; steps: string[] }[], files: Record<string, string>): URL {
  root = mkdtempSync(join(tmpdir(), 'steps-'));
  mkdirSync(join(root, 'steps'));
  writeFileSync(join(root, 'chapters.json'), JSON.stringify(chapters));
  for (const [name, id] of Object.entries(files))
    writeFileSync(join(root, 'steps', name), `---\nid: ${id}\n---\nText of ${id}.\n`);
  return pathToFileURL(join(root, 'steps') + '/');
}

describe('readStepFiles', () => {
  it('reads steps in the order chapters.json lists them, whatever the file names', () => {
    const dir = story(
      [
        { id: 'one', steps: ['c', 'a'] },
        { id: 'two', steps: ['b'] },
      ],
      { '01-a.md': 'a', '02-b.md': 'b', '03-c.md': 'c' },
    );
    expect(readStepFiles(dir).map((s) => [s.data, s.chapter])).toEqual([
      [{ id: 'c' }, 'one'],
      [{ id: 'a' }, 'one'],
      [{ id: 'b' }, 'two'],
    ]);
  });

  it('leaves out a step file that no chapter lists', () => {
    const dir = story([{ id: 'one', steps: ['a'] }], { 'a.md': 'a', 'draft.md': 'draft' });
    expect(readStepFiles(dir).map((s) => s.name)).toEqual(['a.md']);
  });
});

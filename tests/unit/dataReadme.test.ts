import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, 'data');
const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');

/** Every data file, with files of the folders that hold many (events, steps, geometry) as a pattern. */
function documentedNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(dataDir, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'README.md') {
        if (rel.startsWith('events/')) names.add('events/*.json');
        else if (rel.startsWith('story/steps/')) names.add('story/steps/*.md');
        else if (rel.startsWith('geometry/') && name.endsWith('.geojson')) names.add(name);
        else names.add(rel.replace(/^geometry\//, ''));
      }
    }
  };
  walk(dataDir);
  return [...names].sort();
}

describe('data/README.md', () => {
  it('documents every data file', () => {
    const missing = documentedNames().filter((name) => !readme.includes(name));
    expect(missing).toEqual([]);
  });
});

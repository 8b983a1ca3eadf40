import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapCreditLine, mapCredits } from './mapCredits.ts';

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/geometry/manifest.json'), 'utf8'),
) as { files: { file: string; source: string; license: string }[] };

describe('mapCredits', () => {
  it('credits the source and licence of every third-party geometry file in data/geometry', () => {
    for (const f of manifest.files.filter((f) => !/^Own derivation/.test(f.license))) {
      const credit = mapCredits.find((c) => f.source.includes(c.name));
      expect(credit, `${f.file}: ${f.source}`).toBeDefined();
      expect(f.license.toLowerCase(), f.file).toContain(credit!.licence.toLowerCase());
    }
  });
});

describe('mapCreditLine', () => {
  it('names every dataset with its licence, wherever the line stands', () => {
    for (const place of ['static-map', 'live-map', 'embed'] as const)
      for (const c of mapCredits)
        expect(mapCreditLine(place), place).toContain(`${c.name} (${c.licence})`);
  });

  it('words the static maps’ caption as before: what comes from whom, then where places are sourced', () => {
    expect(mapCreditLine('static-map')).toBe(
      'Boundaries, rivers, roads: Natural Earth (public domain); districts: geoBoundaries (CC BY-SA 3.0). Place coordinates: see sources.',
    );
  });

  it('keeps the live map’s attribution to one line, our derived shapes credited last', () => {
    expect(mapCreditLine('live-map')).toBe(
      'Natural Earth (public domain) · geoBoundaries (CC BY-SA 3.0) · derived lines and areas: Karabakh, explained',
    );
  });

  it('tells embed readers which shapes are ours', () => {
    expect(mapCreditLine('embed')).toMatch(
      /lines and areas marked approximate are our own drawings\.$/,
    );
  });
});

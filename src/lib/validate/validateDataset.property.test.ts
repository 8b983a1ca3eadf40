import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import type { RawDataset } from './rawDataset.ts';
import { validateDataset } from './validateDataset.ts';

/** Any JSON-ish value, including the shapes editors get wrong (nulls, numbers for text, lists). */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

type Target = 'place' | 'source' | 'actor' | 'figure' | 'event' | 'claim' | 'value';
const targets: Target[] = ['place', 'source', 'actor', 'figure', 'event', 'claim', 'value'];

/** The record a mutation lands in, inside a fresh copy of the good dataset. */
function recordOf(data: RawDataset, target: Target): Record<string, unknown> {
  const d = data as any; // fixture shape is known; `any` keeps the test terse
  switch (target) {
    case 'place':
      return d.places.json[0];
    case 'source':
      return d.sources.json[0];
    case 'actor':
      return d.actors.json[0];
    case 'figure':
      return d.figures.json[0];
    case 'event':
      return d.events[0].json[0];
    case 'claim':
      return d.events[0].json[0].claims[0];
    case 'value':
      return d.figures.json[0].values[0];
  }
}

describe('validateDataset under random malformed records', () => {
  it('never throws, and rejects every record whose field was replaced by a value of the wrong kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.nat(), junk, (target, keyIndex, value) => {
        const data = goodDataset();
        const record = recordOf(data, target);
        const keys = Object.keys(record);
        const key = keys[keyIndex % keys.length]!;
        const before = record[key];
        record[key] = value;
        const result = validateDataset(data);
        // No field accepts two kinds of value (text and number, list and object…), so a swap of
        // kind must be rejected. Null and missing values are left out: some fields allow them.
        const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
        const definite = (v: unknown) => v !== null && v !== undefined;
        if (definite(before) && definite(value) && kind(before) !== kind(value)) {
          expect(result.problems.length).toBeGreaterThan(0);
        }
        for (const p of result.problems) {
          const line = formatProblem(p);
          expect(line.startsWith('data/')).toBe(true);
          expect(p.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary JSON in any file, and always names the file', () => {
    const files = ['places', 'sources', 'actors', 'figures', 'chapters'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.jsonValue(), (file, json) => {
        const data = goodDataset();
        data[file] = { file: `data/${file}.json`, json };
        const result = validateDataset(data);
        for (const p of result.problems) expect(formatProblem(p)).toMatch(/^data\//);
        if (!Array.isArray(json))
          expect(result.problems.some((p) => p.file === `data/${file}.json`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary GeoJSON-like input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const data = goodDataset();
        data.geometry = [{ file: 'data/geometry/random.geojson', json }];
        const result = validateDataset(data);
        expect(result.problems.some((p) => p.file === 'data/geometry/random.geojson')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

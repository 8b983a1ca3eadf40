import { describe, expect, it } from 'vitest';
import { storySources } from './storySources.ts';
import { testSource } from './testing/storyFixtures.ts';

const sources = new Map(
  [
    testSource('S01', 'Reuters'),
    testSource('S02', 'AFP'),
    testSource('S03', 'Zartonk'),
    testSource('S04', 'BBC'),
  ].map((s) => [s.id, s]),
);
const steps = [
  { id: 'one', heading: 'The first step', body: 'A claim.{source:S03}' },
  { id: 'two', heading: 'The second step', body: 'Again.{source:S03,S01}' },
];

describe('storySources', () => {
  const { notes, others } = storySources(['S02', 'S03', 'S01'], steps, sources);

  it('numbers the notes in the order given, from 1', () =>
    expect(notes.map((n) => [n.number, n.source.id])).toEqual([
      [1, 'S02'],
      [2, 'S03'],
      [3, 'S01'],
    ]));

  it('links each note back to the step that first cites it, by its heading', () => {
    expect(notes[1]!.backLabel).toBe('Back to where note 2 is first cited, in “The first step”');
    expect(notes[2]!.backLabel).toBe('Back to where note 3 is first cited, in “The second step”');
  });

  it('sends a note cited in no step back to the opening', () =>
    expect(notes[0]!.backLabel).toBe('Back to where note 1 is first cited, in the opening'));

  it('lists every other source once, by publisher', () =>
    expect(others.map((s) => s.publisher)).toEqual(['BBC']));

  it('keeps the numbers the text gave when a source is missing from the data', () =>
    expect(storySources(['S99', 'S01'], steps, sources).notes.map((n) => n.number)).toEqual([2]));
});

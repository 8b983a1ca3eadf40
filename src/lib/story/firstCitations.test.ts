import { describe, expect, it } from 'vitest';
import { NoteNumbers, expandRefs } from './expandRefs.ts';
import { firstCitations } from './firstCitations.ts';

const steps = [
  { id: 'one', body: 'A claim.{source:S02} Another.{source:S01,S02}' },
  { id: 'two', body: 'No notes here, only {place:parukh}.' },
  { id: 'three', body: 'Again.{source:S01} New.{source:S61a}' },
];

describe('firstCitations', () => {
  it('maps each source to the first step citing it', () =>
    expect(Object.fromEntries(firstCitations(steps))).toEqual({
      S02: 'one',
      S01: 'one',
      S61a: 'three',
    }));

  it('lists sources in the order the notes are numbered', () => {
    const notes = new NoteNumbers();
    const ctx = {
      places: new Map(),
      events: new Map(),
      actors: new Map(),
      figures: new Map(),
      notes,
    };
    for (const s of steps) expandRefs(s.body, ctx);
    expect([...firstCitations(steps).keys()]).toEqual(notes.order);
  });
});

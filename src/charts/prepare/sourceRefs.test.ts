import { describe, expect, it } from 'vitest';
import type { Source } from '../../schemas/source.ts';
import { citedSources, publishers, sourceRefs } from './sourceRefs.ts';

const source = (id: string, publisher: string): Source => ({
  id,
  kind: 'newspaper',
  publisher,
  title: `Title ${id}`,
  titleDescriptive: false,
  date: null,
  url: `https://example.org/${id}`,
});
const sources = [source('S01', 'Reuters'), source('S02', 'TASS'), source('S03', 'Reuters')];

describe('sourceRefs', () => {
  it('turns ids into references with publisher, title, address and kind', () => {
    expect(sourceRefs(['S02'], sources)).toEqual([
      {
        id: 'S02',
        publisher: 'TASS',
        title: 'Title S02',
        url: 'https://example.org/S02',
        kind: 'newspaper',
      },
    ]);
  });
  it('fails on an id missing from the bibliography, naming it', () => {
    expect(() => sourceRefs(['S99'], sources)).toThrow(/unknown source "S99"/);
  });
});

describe('citedSources and publishers', () => {
  it('lists each source once, first-cited first', () => {
    const rows = [
      { sources: sourceRefs(['S02', 'S01'], sources) },
      { sources: sourceRefs(['S01', 'S03'], sources) },
    ];
    expect(citedSources(rows).map((s) => s.id)).toEqual(['S02', 'S01', 'S03']);
  });
  it('names each publisher once', () => {
    expect(publishers(sourceRefs(['S01', 'S02', 'S03'], sources))).toEqual(['Reuters', 'TASS']);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareContingent } from '../contingent/prepareContingent.ts';
import { prepareCountingTheDead } from '../countingTheDead/prepareCountingTheDead.ts';
import { prepareExodus } from '../exodus/prepareExodus.ts';
import { figureRows } from './figureRows.ts';
import { reportedSeries } from './reportedSeries.ts';
import { actors, series, sources } from './testFixtures.ts';

const figures = [
  series('az-dead', [
    { date: '2020-12-03', value: 10, reporter: 'az-president', sources: ['S01'] },
    { date: '2021-06', value: 12, reporter: 'az-president', sources: ['S02'], note: 'A note' },
  ]),
  series('mixed', [
    { value: 5, reporter: 'am-mod' },
    { value: 6, reporter: 'bbc', qualifier: 'more-than' },
  ]),
  series('range', [{ value: 202, upper: 207, reporter: 'am-mod' }]),
  series('allowed', [{ date: '2020-11-10', value: 1960, reporter: 'ru-mod' }]),
  series('posts', [
    { date: '2020-11-15', value: 18 },
    { date: '2020-11-18', value: 23 },
  ]),
  series('temporary', [{ date: '2020-11-15', value: 7 }]),
  series('closed', [{ date: '2023-10', value: 8 }]),
  series('temporary-closed', [{ date: '2023-10', value: 16 }]),
  series('population', [{ date: '2023-09', value: 100, qualifier: 'about', reporter: 'bbc' }]),
];

describe('reportedSeries', () => {
  it('keeps each value with its reporter, qualifier and range', () => {
    const s = reportedSeries(figures, 'range', actors);
    expect(s.values[0]).toEqual({
      date: '2021-01-01',
      value: 202,
      upper: 207,
      qualifier: 'exact',
      reporter: { name: 'Armenian MoD', party: 'armenian' },
    });
    expect(s.party).toBe('armenian');
  });
  it('colours a series mixing sides neutrally', () => {
    expect(reportedSeries(figures, 'mixed', actors).party).toBe('other');
  });
  it('names the missing series and the ones available', () => {
    expect(() => reportedSeries(figures, 'nope', actors)).toThrow(
      /unknown figure series "nope" \(expected one of: az-dead/,
    );
  });
});

describe('figureRows', () => {
  it('lists one row per reported value, with date, hedge, reporter, note and sources', () => {
    const rows = figureRows(figures, ['az-dead', 'mixed'], actors, sources);
    expect(rows.map((r) => r.cells.slice(1))).toEqual([
      ['3 December 2020', '10', 'President Aliyev', ''],
      ['June 2021', '12', 'President Aliyev', 'A note'],
      ['1 January 2021', '5', 'Armenian MoD', ''],
      ['1 January 2021', 'more than 6', 'BBC', ''],
    ]);
    expect(rows[1]!.sources.map((s) => s.id)).toEqual(['S02']);
  });
});

describe('prepareCountingTheDead', () => {
  const {
    data: input,
    table,
    sources: cited,
  } = prepareCountingTheDead(figures, actors, sources, {
    tolls: [
      { id: 'az-dead', role: 'official' },
      { id: 'mixed', role: 'independent' },
    ],
    civilians: ['range'],
  });
  it('keeps every series apart, with its role', () => {
    expect(input.tolls.map((t) => [t.id, t.role, t.values.length])).toEqual([
      ['az-dead', 'official', 2],
      ['mixed', 'independent', 2],
    ]);
    expect(input.civilians.map((c) => c.id)).toEqual(['range']);
  });
  it('tables every value and cites every source once', () => {
    expect(table.rows).toHaveLength(5);
    expect(cited.map((s) => s.id)).toEqual(['S01', 'S02']);
  });
});

describe('prepareContingent', () => {
  const { data: input } = prepareContingent(figures, actors, sources, {
    allowed: ['allowed'],
    posts: 'posts',
    temporaryPosts: 'temporary',
    postsClosed: 'closed',
    temporaryPostsClosed: 'temporary-closed',
  });
  it('takes each allowed count with its unit', () => {
    expect(input.allowed.map((a) => [a.id, a.unit, a.value.value])).toEqual([
      ['allowed', 'things', 1960],
    ]);
  });
  it('gathers the post counts by report date, regular and temporary together', () => {
    expect(
      input.posts.map((p) => [
        p.date,
        p.open?.value,
        p.temporary?.value,
        p.closed?.value,
        p.temporaryClosed?.value,
      ]),
    ).toEqual([
      ['2020-11-15', 18, 7, undefined, undefined],
      ['2020-11-18', 23, undefined, undefined, undefined],
      ['2023-10', undefined, undefined, 8, 16],
    ]);
    expect(input.postsReporter).toBe('Russian MoD');
  });
});

describe('prepareExodus', () => {
  it('pairs the counts with the population estimate, each with its reporter', () => {
    const { data: input, table } = prepareExodus(figures, actors, sources, {
      displaced: 'posts',
      population: 'population',
    });
    expect(input.population?.values[0]?.reporter.name).toBe('BBC');
    expect(input.displaced.values).toHaveLength(2);
    expect(table.rows[0]!.cells[2]).toBe('about 100');
  });
  it('works without a population estimate', () => {
    expect(
      prepareExodus(figures, actors, sources, { displaced: 'posts' }).data.population,
    ).toBeUndefined();
  });
});

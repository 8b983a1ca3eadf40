import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

const good = {
  id: 'parukh-am-2020',
  place: 'parukh',
  side: 'armenian',
  from: '2020-11-10',
  to: '2022-03-23',
  sources: ['S26'],
  note: 'On the Armenian side of the 2020 line.',
};

/** Validates the good dataset with these control points; returns the problem lines. */
function linesFor(points: unknown[]): string[] {
  const data = goodDataset();
  data.control = { file: 'data/control.json', json: points };
  return validateDataset(data).problems.map(formatProblem);
}

describe('validateDataset: data/control.json', () => {
  it('accepts sourced points for a known place and counts them', () => {
    const data = goodDataset();
    data.control = { file: 'data/control.json', json: [good] };
    const { problems, counts } = validateDataset(data);
    expect(problems).toEqual([]);
    expect(counts['control points']).toBe(1);
  });

  it('names a point for an unknown place', () => {
    expect(linesFor([{ ...good, place: 'parukhh' }])).toEqual([
      'data/control.json › #1 (parukh-am-2020) › place: refers to unknown place "parukhh" (expected an id from data/places.json)',
    ]);
  });

  it('refuses a place without coordinates, which the map cannot be checked against', () => {
    expect(linesFor([{ ...good, place: 'karaglukh' }])).toEqual([
      'data/control.json › #1 (parukh-am-2020) › place: "karaglukh" has no coordinates, so the map cannot be checked against it (expected a place with lat and lon)',
    ]);
  });

  it('reports two points giving one place to different sides on the same day', () => {
    const lines = linesFor([
      good,
      { ...good, id: 'parukh-az-2022', side: 'azerbaijani', from: '2022-03-23', to: null },
    ]);
    expect(lines).toEqual([
      'data/control.json › #2 (parukh-az-2022) › from: contradicts #1 (parukh-am-2020): on 2022-03-23 "parukh" would be held by both the armenian and the azerbaijani side (expected periods of different sides not to overlap; end one the day before the other starts)',
    ]);
  });

  it('accepts consecutive periods of different sides', () => {
    expect(
      linesFor([
        good,
        { ...good, id: 'parukh-c-2022', side: 'contested', from: '2022-03-24', to: null },
      ]),
    ).toEqual([]);
  });

  it('names an unknown source', () => {
    expect(linesFor([{ ...good, sources: ['S999'] }])).toEqual([
      'data/control.json › #1 (parukh-am-2020) › sources[0]: refers to unknown source "S999" (expected an id from data/sources.json)',
    ]);
  });

  it('names a period that ends before it starts', () => {
    expect(linesFor([{ ...good, to: '2019-01-01' }])).toEqual([
      'data/control.json › #1 (parukh-am-2020) › to: ends before it starts (expected "to" on or after "from")',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

// `any`: each test reaches into the fixture's JSON to change one field; typing every path is noise.
function linesAfter(change: (d: any) => void): string[] {
  const data = goodDataset();
  change(data);
  return validateDataset(data).problems.map(formatProblem);
}

describe('the "last updated" day (data/site.json)', () => {
  it('accepts a day on or after the newest event, claim, figure value and source', () => {
    expect(linesAfter((d) => (d.site.json.lastUpdated = '2022-03-27'))).toEqual([]);
  });

  it('refuses a day earlier than the newest event, naming that event', () => {
    const lines = linesAfter((d) => (d.site.json.lastUpdated = '2022-03-26'));
    expect(lines).toEqual([
      'data/site.json › lastUpdated: 2022-03-26 is earlier than the newest dated record, 2022-03-27 at data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › date (expected lastUpdated on or after 2022-03-27: change it to the day you last brought the facts up to date)',
    ]);
  });

  it('counts a newer source date too', () => {
    const lines = linesAfter((d) => (d.sources.json[0].date = '2022-05-01'));
    expect(lines).toEqual([
      'data/site.json › lastUpdated: 2022-04-20 is earlier than the newest dated record, 2022-05-01 at data/sources.json › #1 (S26) › date (expected lastUpdated on or after 2022-05-01: change it to the day you last brought the facts up to date)',
    ]);
  });

  it('counts a month-precision date from its first day', () => {
    expect(linesAfter((d) => (d.events[0].json[0].endDate = '2022-04'))).toEqual([]);
  });

  it('refuses a day that is not a full date', () => {
    expect(linesAfter((d) => (d.site.json.lastUpdated = '2022-04'))).toEqual([
      'data/site.json › lastUpdated: is not a full day (expected YYYY-MM-DD, e.g. "2026-12-02")',
    ]);
  });

  it('reports a missing file', () => {
    expect(
      linesAfter(
        (d) =>
          (d.site = {
            file: 'data/site.json',
            error: 'is missing (expected this file to exist; see data/README.md)',
          }),
      ),
    ).toEqual(['data/site.json: is missing (expected this file to exist; see data/README.md)']);
  });
});

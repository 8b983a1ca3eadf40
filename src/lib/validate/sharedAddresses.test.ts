import { describe, expect, it } from 'vitest';
import { addressKey } from './crossCheck.ts';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

// `any`: each test adds one source to the fixture's JSON.
function errorsAfter(change: (d: any) => void): string[] {
  const data = goodDataset();
  change(data);
  return validateDataset(data).problems.map(formatProblem);
}

/** A second source of the fixture, on another page than S26 (https://example.org/furukh). */
const other = {
  id: 'S27',
  kind: 'news-agency',
  publisher: 'Reuters',
  title: 'Another page',
  date: '2022-03-27',
  url: 'https://example.org/karaglukh',
};

describe('two sources sharing one address', () => {
  it('accepts sources on different pages, including one differing only by its query', () => {
    expect(
      errorsAfter((d) =>
        d.sources.json.push(other, { ...other, id: 'S28', url: 'https://example.org/furukh?id=2' }),
      ),
    ).toEqual([]);
  });

  it('names the file, both source ids and the address', () => {
    expect(
      errorsAfter((d) => d.sources.json.push({ ...other, url: 'https://example.org/furukh' })),
    ).toEqual([
      "data/sources.json › #2 (S27) › url: S27 and S26 share the address https://example.org/furukh (expected one source per address: merge them into one id, or cite each page's own address)",
    ]);
  });

  it('treats another scheme, "www." or a trailing slash as the same address', () => {
    expect(
      errorsAfter((d) => d.sources.json.push({ ...other, url: 'http://www.example.org/furukh/' })),
    ).toEqual([
      "data/sources.json › #2 (S27) › url: S27 and S26 share the address http://www.example.org/furukh/ (as https://example.org/furukh) (expected one source per address: merge them into one id, or cite each page's own address)",
    ]);
    expect(addressKey('https://EXAMPLE.org/a/#b')).toBe(addressKey('http://www.example.org/a#b'));
  });
});

import { describe, expect, it } from 'vitest';
import { jsonValueLines, lineOfProblemPath } from './jsonLines.ts';

const text = `[
  {
    "id": "parukh",
    "names": { "en": "Parukh", "az": "Fərrux" },
    "claims": [
      { "actor": "ru-mod",
        "sources": ["S01", "S02"] }
    ]
  },
  { "id": "second" }
]
`;

describe('line numbers for validator messages', () => {
  const lines = jsonValueLines(text);
  it('finds the line of a field, a nested field and a list item', () => {
    expect(lineOfProblemPath(lines, '#1 (parukh) › names.az')).toBe(4);
    expect(lineOfProblemPath(lines, '#1 (parukh) › claims[0].sources[1]')).toBe(7);
    expect(lineOfProblemPath(lines, '#2 (second)')).toBe(10);
  });
  it('falls back to the nearest enclosing value for a field that is not there', () => {
    expect(lineOfProblemPath(lines, '#1 (parukh) › names.hy')).toBe(4);
    expect(lineOfProblemPath(lines, '#2 (second) › kind')).toBe(10);
  });
  it('gives no line for a path that is not a record', () => {
    expect(lineOfProblemPath(lines, 'lat/lon')).toBeUndefined();
  });
});

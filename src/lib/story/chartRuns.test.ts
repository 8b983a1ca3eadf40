import { describe, expect, it } from 'vitest';
import { chartRuns } from './chartRuns.ts';

const map = (chapter = 'c1') => ({ chapter });
const chart = (id: string, chapter = 'c1', placement?: 'graphic' | 'text') => ({
  chapter,
  chart: { id, placement },
});

describe('chartRuns', () => {
  it('groups consecutive steps showing the same chart in the panel', () =>
    expect(chartRuns([map(), chart('a'), chart('a'), chart('a'), map()])).toEqual([
      [0],
      [1, 2, 3],
      [4],
    ]));
  it('keeps a different chart, another chapter or a chart in the text apart', () =>
    expect(
      chartRuns([chart('a'), chart('b'), chart('b', 'c2'), chart('b', 'c2', 'text'), map()]),
    ).toEqual([[0], [1], [2], [3], [4]]));
  it('never groups map steps, however alike', () =>
    expect(chartRuns([map(), map()])).toEqual([[0], [1]]));
  it('returns nothing for no steps', () => expect(chartRuns([])).toEqual([]));
});

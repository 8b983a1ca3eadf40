import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

/** Validates the good dataset with the first step's front matter and text replaced. */
function linesFor(frontMatter: string, text: string): string[] {
  const data = goodDataset();
  data.steps[0]!.text = `---\n${frontMatter}\n---\n${text}\n`;
  return validateDataset(data)
    .problems.map(formatProblem)
    .filter((l) => l.includes('story/steps'));
}

const base = [
  'id: lede',
  'chapter: a-week-on-the-line',
  'camera:',
  '  bounds: [[46.5, 39.8], [47.1, 40.3]]',
  'layers: [countries, loc-2020]',
];

describe('validateDataset: each step map shows its text', () => {
  it('accepts a step whose named places are drawn and whose annotations lie in its view', () => {
    const fm = [
      ...base,
      'places: [parukh]',
      'annotations:',
      '  - { type: marker, at: parukh, date: 2022-03-24, side: armenian, text: village entered }',
      '  - { type: arrow, from: [46.8, 40.05], to: parukh, side: armenian }',
    ].join('\n');
    expect(linesFor(fm, 'Near {place:parukh}.{source:S26}')).toEqual([]);
  });

  it('names a place the text names but the map does not draw', () => {
    expect(
      linesFor([...base, 'places: []'].join('\n'), 'Near {place:parukh}.{source:S26}'),
    ).toEqual([
      `data/story/steps/01-01-lede.md › places: the text names {place:parukh} but the step's map does not draw it (expected "parukh" in places)`,
    ]);
  });

  it('reports an annotation outside the step’s view, with the point and the view', () => {
    const fm = [
      ...base,
      'places: [parukh]',
      'annotations:',
      '  - { type: label, at: [45.0, 40.0], text: far away }',
    ].join('\n');
    expect(linesFor(fm, 'Near {place:parukh}.{source:S26}')).toEqual([
      "data/story/steps/01-01-lede.md › annotations[0]: label point [45, 40] lies outside the step's view [[46.5,39.8],[47.1,40.3]] (expected every annotation inside camera.bounds)",
    ]);
  });

  it('reports an annotation pointing at a place that has no coordinates', () => {
    const fm = [
      ...base,
      'places: [parukh]',
      'annotations:',
      '  - { type: label, at: karaglukh, text: the height }',
    ].join('\n');
    expect(linesFor(fm, 'Near {place:parukh}.{source:S26}')[0]).toMatch(
      /annotations\[0\]: label refers to place "karaglukh", which is unknown or has no coordinates/,
    );
  });
});

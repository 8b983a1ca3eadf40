import { describe, expect, it } from 'vitest';
import { checkStepLength, mainTextLength } from './checkStepLength.ts';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('checkStepLength', () => {
  it('warns about a step whose main text runs past 110 words', () => {
    const warnings = checkStepLength([{ file: 'a.md', body: `${words(111)}\n` }]);
    expect(warnings.map(formatProblem)).toEqual([
      'a.md › text: main text is about 111 words (expected at most 110, aim for 80; move detail below a <!-- more --> line)',
    ]);
  });

  it('counts only the text above the more marker', () => {
    const body = `${words(60)}\n\n<!-- more -->\n\n${words(200)}\n`;
    expect(checkStepLength([{ file: 'a.md', body }])).toEqual([]);
  });

  it('leaves a step of exactly 110 words alone', () => {
    expect(checkStepLength([{ file: 'a.md', body: words(110) }])).toEqual([]);
  });
});

describe('mainTextLength', () => {
  it('averages the main-text words per step', () => {
    expect(
      mainTextLength([{ body: words(10) }, { body: `${words(21)}\n<!-- more -->\n${words(99)}` }]),
    ).toEqual({ steps: 2, averageWords: 15.5 });
  });

  it('is zero for no steps', () =>
    expect(mainTextLength([])).toEqual({ steps: 0, averageWords: 0 }));
});

describe('validateDataset with long steps', () => {
  it('reports a long step as a warning, not a problem', () => {
    const data = goodDataset();
    const step = data.steps[0]!;
    step.text = `${step.text.trimEnd()} ${words(120)}\n`;
    const result = validateDataset(data);
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^data\/story\/steps\/01-01-lede\.md › text: main text is about \d+ words/,
      ),
    ]);
  });
});

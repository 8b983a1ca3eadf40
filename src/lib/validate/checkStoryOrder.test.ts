import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

// `any`: each test reaches into the fixture's JSON to change one thing.
function after(change: (d: any) => void) {
  const data = goodDataset();
  change(data);
  const { problems, warnings } = validateDataset(data);
  return { errors: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}

const secondStep = (id: string, extra = '') => ({
  file: `data/story/steps/01-02-${id}.md`,
  text: `---\nid: ${id}\n${extra}camera:\n  bounds: [[46.5, 39.8], [47.1, 40.3]]\nlayers: [countries]\n---\nMore text.\n`,
});
const chapter = (d: any) => d.chapters.json[0];

describe('story order from chapters.json', () => {
  it('accepts a step that chapters.json lists, with or without its own chapter: line', () => {
    expect(
      after((d) => {
        d.steps.push(secondStep('second'));
        chapter(d).steps.push('second');
      }),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('reports a step file that no chapter lists', () => {
    expect(after((d) => d.steps.push(secondStep('second'))).errors).toEqual([
      'data/story/steps/01-02-second.md › id: step "second" is not listed in data/story/chapters.json, so the story does not show it (expected its id in the steps list of its chapter, at the place it is read)',
    ]);
  });

  it('reports a listed step with no file', () => {
    expect(after((d) => chapter(d).steps.push('ghost')).errors).toEqual([
      'data/story/chapters.json › #1 (a-week-on-the-line) › steps[1]: lists step "ghost", but no file in data/story/steps/ has id: ghost (expected the id of a step file; check the spelling or create the file with npm run new -- step)',
    ]);
  });

  it('reports a step listed twice, in the same chapter or in two', () => {
    const { errors } = after((d) => {
      chapter(d).steps.push('lede');
      d.chapters.json.push({ ...structuredClone(chapter(d)), id: 'two', steps: ['lede'] });
    });
    expect(errors).toEqual([
      'data/story/chapters.json › #1 (a-week-on-the-line) › steps[1]: step "lede" is listed twice: already at #1 (a-week-on-the-line) › steps[0] (expected each step once, in the one chapter where it is read)',
      'data/story/chapters.json › #2 (two) › steps[0]: step "lede" is listed twice: already at #1 (a-week-on-the-line) › steps[0] (expected each step once, in the one chapter where it is read)',
    ]);
  });

  it('reports a chapter: line that disagrees with the chapter listing the step', () => {
    const { errors } = after((d) => {
      d.chapters.json.push({ ...structuredClone(chapter(d)), id: 'two', steps: ['second'] });
      d.steps.push(secondStep('second', 'chapter: a-week-on-the-line\n'));
    });
    expect(errors).toEqual([
      'data/story/steps/01-02-second.md › chapter: says chapter "a-week-on-the-line" but chapters.json lists this step in "two" (expected the two to agree; you can also delete the chapter: line, chapters.json decides)',
    ]);
  });

  it('still matches the listing of a step whose front matter is otherwise broken', () => {
    const { errors } = after((d) => (d.steps[0].text = d.steps[0].text.replace('layers', 'layer')));
    expect(errors.some((l) => l.includes('not listed') || l.includes('no file'))).toBe(false);
    expect(errors.some((l) => l.includes('unknown field "layer"'))).toBe(true);
  });

  it('warns, without failing, when a file name disagrees with its chapter number', () => {
    const result = after((d) => {
      d.chapters.json.unshift({ ...structuredClone(chapter(d)), id: 'zero', steps: ['second'] });
      d.steps.push(secondStep('second'));
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'data/story/steps/01-01-lede.md: file name starts with 01 but the step is in chapter 2 (a-week-on-the-line) (names do not set the order, chapters.json does; renaming it to 02-… keeps the folder in reading order)',
    ]);
  });
});

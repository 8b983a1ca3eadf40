import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

/** Validates the good dataset with the step file's text changed by `edit`. */
function stepLines(edit: (text: string) => string): string[] {
  const data = goodDataset();
  const step = data.steps[0]!;
  step.text = edit(step.text);
  return validateDataset(data).problems.map(formatProblem);
}

const FILE = 'data/story/steps/01-01-lede.md';

describe('story step validation', () => {
  it('accepts the good step', () => expect(stepLines((t) => t)).toEqual([]));

  it('reports missing front matter', () =>
    expect(stepLines(() => 'Only text.')).toEqual([
      `${FILE}: has no front matter (expected the file to start with a --- block of settings)`,
    ]));

  it('reports an unknown layer with the allowed ones', () => {
    const [line] = stepLines((t) => t.replace('loc-2020]', 'loc-2021]'));
    expect(line).toMatch(
      new RegExp(
        `^${FILE} › layers\\[1\\]: is "loc-2021", which is not allowed \\(expected one of: "countries"`,
      ),
    );
  });

  it('requires bounds or a centre and zoom', () => {
    const [line] = stepLines((t) =>
      t.replace('  bounds: [[46.5, 39.8], [47.1, 40.3]]', '  zoom: 9'),
    );
    expect(line).toMatch(/camera: needs either bounds, or both center and zoom/);
  });

  it('rejects bounds written east before west', () => {
    const [line] = stepLines((t) =>
      t.replace('[[46.5, 39.8], [47.1, 40.3]]', '[[47.1, 40.3], [46.5, 39.8]]'),
    );
    expect(line).toMatch(/bounds must be \[\[west, south\], \[east, north\]\]/);
  });

  it('reports unknown chapter, place and event ids', () => {
    const lines = stepLines((t) =>
      t
        .replace('chapter: a-week-on-the-line', 'chapter: chapter-nine')
        .replace('places: [parukh]', 'places: [parukh, atlantis]')
        .replace('events: [2022-03-27-furukh-withdrawal-claim]', 'events: [no-such-event]'),
    );
    expect(lines).toEqual([
      `${FILE} › chapter: refers to unknown chapter "chapter-nine" (expected an id from data/story/chapters.json)`,
      `${FILE} › events[0]: refers to unknown event "no-such-event" (expected an id from data/events/)`,
      `${FILE} › places[1]: refers to unknown place "atlantis" (expected an id from data/places.json)`,
    ]);
  });

  it('refuses a place without coordinates on the map', () => {
    const [line] = stepLines((t) => t.replace('places: [parukh]', 'places: [parukh, karaglukh]'));
    expect(line).toBe(
      `${FILE} › places[1]: "karaglukh" has no coordinates, so the map cannot show it (expected a place with lat and lon)`,
    );
  });

  it('requires highlighted places to be shown', () => {
    const [line] = stepLines((t) =>
      t.replace('highlight: [parukh]', 'highlight: [parukh, karaglukh]'),
    );
    expect(line).toMatch(/highlight\[1\]: "karaglukh" is highlighted but not shown/);
  });

  it('reports references to unknown ids and malformed references in the text', () => {
    const lines = stepLines((t) =>
      t
        .replace('{place:parukh}', '{place:atlantis} and {plase:parukh}')
        .replace('{source:S26}', '{source:S26,S999}'),
    );
    expect(lines).toEqual([
      `${FILE} › text: has a malformed reference {plase:parukh} (expected {place:id}, {date:event-id}, {actor:id}, {figure:id} or {source:S01})`,
      `${FILE} › text: {place:atlantis} refers to unknown place (expected an id from data/places.json)`,
      `${FILE} › text: {source:S26,S999} cites unknown source "S999" (expected an id from data/sources.json)`,
    ]);
  });

  it('rejects HTML in step text', () => {
    const [line] = stepLines((t) => t + '<script>alert(1)</script>');
    expect(line).toBe(
      `${FILE} › text: contains HTML (expected plain Markdown; use {place:…}, {date:…} references instead of markup)`,
    );
  });

  it('accepts one <!-- more --> line, which splits main text from detail', () =>
    expect(stepLines((t) => `${t}\n<!-- more -->\n\nMore detail.\n`)).toEqual([]));

  it('still rejects other HTML comments and a more marker inside a sentence', () => {
    expect(stepLines((t) => `${t}\n<!-- note to self -->\n`)).toEqual([
      `${FILE} › text: contains HTML (expected plain Markdown; use {place:…}, {date:…} references instead of markup)`,
    ]);
    expect(stepLines((t) => `${t} Then <!-- more --> detail.\n`)).toHaveLength(1);
  });

  it('names a more marker written differently', () =>
    expect(stepLines((t) => `${t}\n<!--more-->\nDetail.\n`)).toEqual([
      `${FILE} › text: has a "more" marker written differently (expected exactly <!-- more --> on a line of its own)`,
    ]));

  it('reports a second more marker', () =>
    expect(stepLines((t) => `${t}\n<!-- more -->\nA.\n<!-- more -->\nB.\n`)).toEqual([
      `${FILE} › text: has 2 <!-- more --> lines (expected one: main text above it, detail below)`,
    ]));

  it('reports a figure reference to a date the series does not have', () => {
    const [line] = stepLines((t) => t + ' {figure:observation-posts@2020-11-19}');
    expect(line).toMatch(
      /series "observation-posts" has no value dated 2020-11-19 \(expected one of: 2020-11-18\)/,
    );
  });

  it('flags two steps with the same id', () => {
    const data = goodDataset();
    data.steps.push({ file: 'data/story/steps/01-02-again.md', text: data.steps[0]!.text });
    const lines = validateDataset(data).problems.map(formatProblem);
    expect(lines).toEqual([
      'data/story/steps/01-02-again.md › id: the step id "lede" is already used by data/story/steps/01-01-lede.md (expected every step id to be unique)',
    ]);
  });
});

describe('a chart shown by more than one step', () => {
  /** The good dataset with steps a, b, c (in that reading order) showing the given charts. */
  function withCharts(
    charts: (string | undefined)[],
    { chapters = [['a', 'b', 'c']] }: { chapters?: string[][] } = {},
  ): string[] {
    const data = goodDataset();
    const lede = data.steps[0]!;
    const ids = ['a', 'b', 'c'];
    data.steps = ids.map((id, i) => {
      const chapter = chapters.findIndex((c) => c.includes(id));
      return {
        file: `data/story/steps/0${chapter + 1}-0${i + 1}-${id}.md`,
        text: lede.text
          .replace('id: lede', `id: ${id}`)
          .replace('chapter: a-week-on-the-line', `chapter: ch${chapter}`)
          .replace('---\nOn', `${charts[i] ? `chart:\n  ${charts[i]}\n` : ''}---\nOn`),
      };
    });
    const [first] = data.chapters.json as Record<string, unknown>[];
    data.chapters.json = chapters.map((steps, i) => ({ ...first, id: `ch${i}`, steps }));
    return validateDataset(data).problems.map(formatProblem);
  }
  const contingent = 'id: contingent';

  it('lets consecutive steps of one chapter show it, to change its state in place', () =>
    expect(withCharts([contingent, `${contingent}\n  state: { step: 4 }`, contingent])).toEqual(
      [],
    ));

  it('rejects it again after a step without it', () =>
    expect(withCharts([contingent, undefined, contingent])).toEqual([
      expect.stringMatching(
        /^data\/story\/steps\/01-03-c\.md › chart\.id: chart "contingent" is already shown by data\/story\/steps\/01-01-a\.md \(expected a chart shown again only by the very next step of the same chapter/,
      ),
    ]));

  it('rejects it in the next step when that step opens another chapter', () =>
    expect(
      withCharts([undefined, contingent, contingent], { chapters: [['a', 'b'], ['c']] }),
    ).toEqual([expect.stringMatching(/01-03-c\.md|02-03-c\.md/)]));

  it('rejects a repeat placed in the text, where two drawings would share element ids', () =>
    expect(withCharts([contingent, `${contingent}\n  placement: text`, undefined])).toHaveLength(
      1,
    ));
});

import { describe, expect, it } from 'vitest';
import { NoteNumbers } from './expandRefs.ts';
import { storyView, type StoryData } from './storyView.ts';
import {
  testChapter,
  testLookups,
  testPlace,
  testSource,
  testStep,
} from './testing/storyFixtures.ts';

const steps = [
  testStep('opening', 'first', 'Near {place:parukh}.{source:S02}', { heading: 'The opening' }),
  testStep('same-again', 'first', 'The same map.{source:S07}'),
  testStep('the-chart', 'first', 'A chart.', { chart: { id: 'incidents' } }),
  testStep('beside', 'second', 'A chart in the text.', {
    chart: { id: 'exodus', placement: 'text' },
  }),
  testStep('moved', 'second', 'Elsewhere.{source:S02}', { highlight: ['parukh'] }),
];
const data: StoryData = {
  chapters: [
    testChapter('first', 1, ['opening', 'same-again', 'the-chart']),
    testChapter('second', 2, ['beside', 'moved']),
  ],
  steps,
  ...testLookups(
    [testPlace('parukh', 'Parukh', 'Fərrux')],
    [
      testSource('S02', 'Reuters'),
      testSource('S07', 'AFP'),
      testSource('S09', 'Zartonk'),
      testSource('S01', 'BBC'),
    ],
  ),
};
const view = (options: Partial<Parameters<typeof storyView>[1]> = {}, notes = new NoteNumbers()) =>
  storyView(data, { notes, embedKeys: new Set(['map/first']), base: '/', ...options });

describe('storyView', () => {
  const story = view();
  const byId = (id: string) => story.steps.find((s) => s.id === id)!;

  it('lists the chapters with the step a jump to each lands on', () =>
    expect(story.chapters.map((c) => [c.number, c.id, c.firstStep])).toEqual([
      [1, 'first', 'opening'],
      [2, 'second', 'beside'],
    ]));

  it('heads the first step of each chapter with the chapter, and only that step', () =>
    expect(story.steps.map((s) => s.chapterHead?.id)).toEqual([
      'first',
      undefined,
      undefined,
      'second',
      undefined,
    ]));

  it('titles a step with its own heading, else its chapter’s title', () => {
    expect(byId('opening').heading).toBe('The opening');
    expect(byId('same-again').heading).toBe('Chapter called first');
  });

  it('renders each step’s text with switchable names and notes numbered in reading order', () => {
    expect(byId('opening').html).toContain('data-az="Fərrux"');
    expect(byId('opening').html).toContain('aria-label="Source 1"');
    expect(byId('same-again').html).toContain('aria-label="Source 2"');
    expect(byId('moved').html).toContain('aria-label="Source 1"');
  });

  it('numbers the story’s notes on from those of what precedes it on the page', () => {
    const notes = new NoteNumbers();
    notes.number('S09');
    const after = view({}, notes);
    expect(after.steps[0]!.html).toContain('aria-label="Source 2"');
    expect(after.sources.notes.map((n) => [n.number, n.source.id])).toEqual([
      [1, 'S09'],
      [2, 'S02'],
      [3, 'S07'],
    ]);
  });

  it('puts a chart in the graphic panel, or in the text beside the map when placed there', () => {
    expect(byId('the-chart').chart?.id).toBe('incidents');
    expect(byId('the-chart').textChart).toBeUndefined();
    expect(byId('beside').chart).toBeUndefined();
    expect(byId('beside').textChart?.id).toBe('exodus');
    expect(byId('opening').chart ?? byId('opening').textChart).toBeUndefined();
  });

  it('gives the locator inset to the first map of each chapter that has map steps', () =>
    expect(story.steps.filter((s) => s.locator).map((s) => s.id)).toEqual(['opening', 'moved']));

  it('marks a map step showing exactly the previous step’s map, to print that map once', () =>
    expect(story.steps.filter((s) => s.sameMapAsPrevious).map((s) => s.id)).toEqual([
      'same-again',
    ]));

  it('describes each graphic in every naming convention, and says it is the graphic', () => {
    const { descriptions, graphicText } = byId('moved');
    expect(descriptions.en).toMatch(/^Map showing .*Marked: Parukh\./);
    expect(descriptions.az).toContain('Marked: Fərrux.');
    expect(graphicText.az).toBe(`Graphic: ${descriptions.az}`);
    expect(byId('the-chart').descriptions.en).toBe('Chart: incidents.');
  });

  it('links "Embed this graphic" to the gallery entry of the step’s chart or chapter map', () => {
    expect(byId('opening').embedHref).toBe('/embed/#embed-map-first');
    // No such embed in this build: the gallery itself.
    expect(byId('the-chart').embedHref).toBe('/embed/');
    expect(view({ base: '/graphics/karabakh' }).steps[0]!.embedHref).toBe(
      '/graphics/karabakh/embed/#embed-map-first',
    );
  });

  it('marks the last step, whose "Next" has nowhere to go', () =>
    expect(story.steps.map((s) => s.isLast)).toEqual([false, false, false, false, true]));

  it('sends the browser every step with its map part, chapter and chart, and nothing it does not read', () => {
    expect(story.clientSteps.map((s) => s.id)).toEqual(steps.map((s) => s.id));
    expect(story.clientSteps[2]).toMatchObject({
      id: 'the-chart',
      chapter: 'first',
      chart: { id: 'incidents' },
    });
    expect(story.clientSteps[0]).not.toHaveProperty('chart');
    expect(Object.keys(story.clientSteps[0]!)).toEqual([
      'id',
      'chapter',
      'camera',
      'layers',
      'places',
      'highlight',
      'annotations',
    ]);
  });

  it('starts the live map on the first step that shows a map', () => {
    expect(story.firstMapStep?.id).toBe('opening');
    const chartFirst = storyView(
      { ...data, steps: [steps[2]!, steps[0]!] },
      { notes: new NoteNumbers(), embedKeys: new Set(), base: '/' },
    );
    expect(chartFirst.firstMapStep?.id).toBe('opening');
  });

  it('gives the live map every place with coordinates', () =>
    expect(story.places.map((p) => p.id)).toEqual(['parukh']));
});

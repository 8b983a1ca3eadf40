import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoteNumbers } from '../lib/story/expandRefs.ts';
import { storyView, type StoryData } from '../lib/story/storyView.ts';
import {
  testChapter,
  testLookups,
  testPlace,
  testSource,
  testStep,
} from '../lib/story/testing/storyFixtures.ts';
import StoryStep from './StoryStep.astro';

const camera = {
  bounds: [
    [46.5, 39.7],
    [47.1, 40.1],
  ],
};
const data: StoryData = {
  chapters: [testChapter('the-line', 3, ['near-parukh', 'later'])],
  steps: [
    testStep('near-parukh', 'the-line', 'Troops crossed near {place:parukh}.{source:S02}', {
      heading: 'Across the line',
      camera,
      layers: ['countries', 'loc-2020'],
      highlight: ['parukh'],
    }),
    testStep('later', 'the-line', 'Later, the same line.{source:S02,S07}', { camera }),
  ],
  ...testLookups([testPlace('parukh', 'Parukh', 'Fərrux')], [testSource('S02'), testSource('S07')]),
};
const view = storyView(data, {
  notes: new NoteNumbers(),
  embedKeys: new Set(['map/the-line']),
  base: '/',
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
// Map steps only: a chart reads the built content collections, which the container does not load
// (chart steps are covered by the browser tests).
const render = (index: number) =>
  container.renderToString(StoryStep, { props: { step: view.steps[index]! } });

describe('StoryStep', () => {
  it('renders the step as a section named by its heading, with its text', async () => {
    const html = await render(0);
    expect(html).toMatch(
      /^<section class="step chapter-start"[^>]* id="near-parukh" data-step-id="near-parukh" data-step-index="0" data-embed="\/embed\/#embed-map-the-line" aria-labelledby="near-parukh-title"/,
    );
    expect(html).toMatch(
      /<h2 class="step-heading" id="near-parukh-title"[^>]*>Across the line<\/h2>/,
    );
    expect(html).toContain('Troops crossed near <span class="pn" data-place="parukh"');
  });

  it('opens its chapter with the chapter’s number, period and title; later steps do not', async () => {
    const first = await render(0);
    expect(first).toMatch(/<div class="chapter-head" id="the-line"/);
    expect(first.replace(/<[^>]+>/g, '')).toContain('Chapter 3· 2020–2022');
    expect(first).toMatch(/<p class="chapter-title display"[^>]*>Chapter called the-line<\/p>/);
    expect(await render(1)).not.toContain('chapter-head');
  });

  it('links its notes to the numbered sources', async () => {
    const html = await render(1);
    expect(html).toMatch(/<a [^>]*href="#source-S02"[^>]*aria-label="Source 1"/);
    expect(html).toMatch(/<a [^>]*href="#source-S07"[^>]*aria-label="Source 2"/);
  });

  it('shows its static map, story variant, with its caption and the approximate line marked', async () => {
    const html = await render(0);
    expect(html).toMatch(
      /<div class="step-graphic"[^>]*><figure class="static-map static-map-story">/,
    );
    expect(html).toMatch(
      /<title id="[^"]+"[^>]*>Map showing Line of contact from 10 Nov 2020 \(approximate\)\. Marked: Parukh\.<\/title>/,
    );
    expect(html).toMatch(/<figcaption[^>]*>.*Line of contact from 10 Nov 2020.*\(approximate: /s);
    // The chapter's first map carries the locator inset; the next map does not.
    expect(html).toContain('map-locator');
    expect(await render(1)).not.toContain('map-locator');
  });

  it('tells screen readers what the graphic shows, in every naming convention', async () =>
    expect(await render(0)).toMatch(
      /<p class="visually-hidden[^"]*"[^>]* data-az="Graphic: [^"]*Marked: Fərrux\.[^"]*"[^>]*>Graphic: Map showing /,
    ));

  it('offers previous and next, with nowhere to go before the first step or after the last', async () => {
    expect(await render(0)).toMatch(/data-step-nav="prev" disabled/);
    expect(await render(0)).not.toMatch(/data-step-nav="next" disabled/);
    expect(await render(1)).toMatch(/data-step-nav="next" disabled/);
  });
});

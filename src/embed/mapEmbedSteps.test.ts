import { describe, expect, it } from 'vitest';
import {
  testLookups,
  testPlace as place,
  testSource as source,
  testStep as step,
} from '../lib/story/testing/storyFixtures.ts';
import { mapEmbedSteps } from './mapEmbedSteps.ts';

const data = testLookups([place('parukh', 'Parukh', 'Fərrux')], [source('S02'), source('S07')]);
const steps = [
  step('intro-chart', 'the-line', 'A chart.{source:S07}', { chart: { id: 'incidents' } }),
  step('near-parukh', 'the-line', 'Near {place:parukh}.{source:S02}'),
  step('elsewhere', 'other-chapter', 'Not this chapter.'),
  step('again', 'the-line', 'Again.{source:S07,S02}'),
];

describe('mapEmbedSteps', () => {
  it("keeps the chapter's map steps only, in reading order", () => {
    const { steps: out } = mapEmbedSteps(steps, 'the-line', data);
    expect(out.map((s) => s.step.id)).toEqual(['near-parukh', 'again']);
  });

  it('renders the text with switchable place names and notes numbered from 1 in the embed', () => {
    const { steps: out, cited } = mapEmbedSteps(steps, 'the-line', data);
    expect(out[0]!.html).toContain('data-az="Fərrux"');
    expect(out[0]!.html).toContain('aria-label="Source 1"');
    expect(out[1]!.html).toContain('aria-label="Source 2"');
    expect(cited.map((s) => s.id)).toEqual(['S02', 'S07']);
  });

  it('gives the browser map the step as the story sends it, and the places to load', () => {
    const content = mapEmbedSteps(steps, 'the-line', data);
    expect(content.steps[0]!.map.live).toEqual({
      id: 'near-parukh',
      camera: {
        bounds: [
          [46, 39],
          [47, 40],
        ],
        bearing: 0,
        pitch: 0,
      },
      // A 1° view is zoomed in: the story adds the roads (contextLayers.ts), and so does the embed.
      layers: ['countries', 'roads', 'loc-2020'],
      places: ['parukh'],
      highlight: [],
      annotations: [],
    });
    expect(content.placeIds).toEqual(['parukh']);
    expect(content.steps[0]!.description).toMatch(/^Map showing/);
  });
});

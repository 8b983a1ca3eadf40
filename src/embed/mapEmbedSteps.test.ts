import { describe, expect, it } from 'vitest';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { stepSchema } from '../schemas/step.ts';
import { mapEmbedSteps } from './mapEmbedSteps.ts';

const place = (id: string, en: string, az: string): Place => ({
  id,
  names: { en, hy: en, az, other: [] },
  lat: 39.8,
  lon: 46.7,
  kind: 'village',
  country: 'AZ',
  coordSource: { title: 't', url: null },
  crossCheck: [],
  maxDiscrepancyKm: null,
  coordinatesDisagree: false,
  note: null,
});
const source = (id: string): Source => ({
  id,
  kind: 'newspaper',
  publisher: `Publisher ${id}`,
  title: 'A title',
  titleDescriptive: false,
  date: '2022-04-12',
  url: `https://example.org/${id}`,
});
const step = (id: string, chapter: string, body: string, extra: object = {}) => ({
  chapter,
  ...stepSchema.parse({
    id,
    chapter,
    camera: {
      bounds: [
        [46, 39],
        [47, 40],
      ],
    },
    layers: ['countries', 'loc-2020'],
    places: ['parukh'],
    ...extra,
  }),
  body,
});
const data = {
  places: new Map([['parukh', place('parukh', 'Parukh', 'Fərrux')]]),
  events: new Map(),
  actors: new Map(),
  figures: new Map(),
  sources: new Map([
    ['S02', source('S02')],
    ['S07', source('S07')],
  ]),
};
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
    expect(content.steps[0]!.mapStep).toEqual({
      id: 'near-parukh',
      camera: {
        bounds: [
          [46, 39],
          [47, 40],
        ],
        bearing: 0,
        pitch: 0,
      },
      layers: ['countries', 'loc-2020'],
      places: ['parukh'],
      highlight: [],
      annotations: [],
    });
    expect(content.placeIds).toEqual(['parukh']);
    expect(content.steps[0]!.description).toMatch(/^Map showing/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Event } from '../../schemas/event.ts';
import { stepSchema } from '../../schemas/step.ts';
import { describeStep, listWords } from './describeStep.ts';
import { testPlace } from './testing/storyFixtures.ts';

const place = (id: string, en: string, az: string) => testPlace(id, en, az, { lat: 40, lon: 46.8 });
const places = new Map([
  ['parukh', place('parukh', 'Parukh', 'Fərrux')],
  ['khramort', place('khramort', 'Khramort', 'Pirlər')],
]);
const events = new Map<string, Event>([
  [
    'e',
    {
      id: 'e',
      date: '2022-03-24',
      endDate: '2022-03-27',
      title: 'Incursion near Parukh',
      summary: 'x'.repeat(20),
      category: 'crossing',
      places: [],
      claims: [],
      sources: ['S14'],
    },
  ],
]);
const step = stepSchema.parse({
  id: 'parukh',
  chapter: 'march-april-2022',
  camera: {
    bounds: [
      [46.6, 39.9],
      [47, 40.1],
    ],
  },
  layers: ['countries', 'water', 'loc-2020', 'lachin-corridor'],
  places: ['parukh', 'khramort'],
  highlight: ['parukh'],
  events: ['e'],
});

describe('describeStep', () => {
  it('names the layers (flagging approximate ones), the marked places and the dates', () => {
    expect(describeStep(step, { places, events })).toBe(
      'Map showing Line of contact from 10 Nov 2020 (approximate) and Lachin corridor (5 km wide), 2020–2022 (approximate). Marked: Parukh. Also labelled: Khramort. About: Incursion near Parukh, 24–27 March 2022.',
    );
  });
  it('uses the reader’s naming convention', () => {
    expect(describeStep(step, { places, events }, 'az')).toContain('Marked: Fərrux.');
  });
  it('describes a chart step by the chart’s title', () => {
    const chart = { ...step, chart: { id: 'war-timeline', placement: 'graphic' as const } };
    expect(describeStep(chart, { places, events, chartTitle: 'The 44 days' })).toBe(
      'Chart: The 44 days. About: Incursion near Parukh, 24–27 March 2022.',
    );
  });
});

describe('describeStep with a chart in the text', () => {
  it('describes the map and names the chart beside the text', () => {
    const inText = { ...step, chart: { id: 'war-timeline', placement: 'text' as const } };
    expect(describeStep(inText, { places, events, chartTitle: 'The 44 days' })).toMatch(
      /^Map showing .* Beside the text, chart: The 44 days\. About: /,
    );
  });
});

describe('listWords', () => {
  it('joins English lists', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

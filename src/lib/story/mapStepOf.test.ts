import { describe, expect, it } from 'vitest';
import { mapEmbedSteps } from '../../embed/mapEmbedSteps.ts';
import { NoteNumbers } from './expandRefs.ts';
import { mapGazetteer, mapStepOf } from './mapStepOf.ts';
import { storyView } from './storyView.ts';
import { testChapter, testLookups, testPlace, testStep } from './testing/storyFixtures.ts';

const places = [
  testPlace('parukh', 'Parukh', 'Fərrux', { lon: 46.8, lat: 39.9, kind: 'village' }),
  testPlace('shusha', 'Shushi', 'Şuşa', { lon: 46.75, lat: 39.76, kind: 'town' }),
  testPlace('nowhere', 'Nowhere', 'Heç yer', { lon: null, lat: null }),
];
const gazetteer = mapGazetteer(places);
const annotated = testStep('near-parukh', 'the-line', 'Near Parukh.', {
  places: ['parukh', 'shusha', 'nowhere'],
  highlight: ['parukh'],
  annotations: [
    { type: 'label', at: 'shusha', text: 'Shushi' },
    { type: 'arrow', from: 'shusha', to: [46.9, 39.95], side: 'azerbaijani' },
    { type: 'label', at: 'nowhere', text: 'Lost' },
  ],
});

describe('mapGazetteer', () => {
  it('keeps every place and the coordinates of those that have them', () => {
    expect(gazetteer.places).toHaveLength(3);
    expect([...gazetteer.coordinates]).toEqual([
      ['parukh', [46.8, 39.9]],
      ['shusha', [46.75, 39.76]],
    ]);
  });
});

describe('mapStepOf', () => {
  const map = mapStepOf(annotated, gazetteer);

  it('gives the browser map the step’s camera, layers, place ids and highlights as written, with the roads its zoomed-in view calls for', () => {
    expect(map.live).toMatchObject({
      id: 'near-parukh',
      camera: annotated.camera,
      layers: ['countries', 'roads', 'loc-2020'],
      places: ['parukh', 'shusha', 'nowhere'],
      highlight: ['parukh'],
    });
  });

  it('resolves annotations to coordinates, leaving out those naming a place without any', () => {
    expect(map.live.annotations).toEqual([
      { type: 'label', at: [46.75, 39.76], text: 'Shushi' },
      { type: 'arrow', from: [46.75, 39.76], to: [46.9, 39.95], side: 'azerbaijani' },
    ]);
  });

  it('draws only places with coordinates, ranked by kind and named in every convention', () => {
    expect(map.places.map((p) => p.id)).toEqual(['parukh', 'shusha']);
    expect(map.places[1]).toMatchObject({
      label: 'Shushi',
      priority: 2,
      names: { en: 'Shushi', az: 'Şuşa' },
    });
    expect(map.places[1]!.priority).toBeLessThan(map.places[0]!.priority);
  });

  it('does not change the step it is given', () => {
    const copy = structuredClone(annotated);
    mapStepOf(annotated, gazetteer);
    expect(annotated).toEqual(copy);
  });
});

describe('one map part for every consumer', () => {
  const steps = [
    annotated,
    testStep('a-chart', 'the-line', 'A chart.', { chart: { id: 'incidents' } }),
  ];
  const data = {
    chapters: [testChapter('the-line', 1, ['near-parukh', 'a-chart'])],
    steps,
    ...testLookups(places, []),
  };
  const direct = mapStepOf(annotated, gazetteer);
  const story = storyView(data, { notes: new NoteNumbers(), embedKeys: new Set(), base: '/' });

  it('the story’s static map gets what mapStepOf makes of the step', () =>
    expect(story.steps[0]!.map).toEqual(direct));

  it('the story’s browser map is sent the same map part, with the step’s other fields', () => {
    expect(story.clientSteps[0]).toMatchObject(direct.live);
    expect(story.firstMapStep).toEqual(direct.live);
  });

  it('the chapter-map embed gets the same map part as the story for the same step', () =>
    expect(mapEmbedSteps(steps, 'the-line', data).steps[0]!.map).toEqual(direct));
});

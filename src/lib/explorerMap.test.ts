import { describe, expect, it } from 'vitest';
import { storyMapPlaces } from '../map/shared/storyMapPlaces.ts';
import { explorerLayers, explorerMap } from './explorerMap.ts';
import { mapGazetteer, mapStepOf } from './story/mapStepOf.ts';
import { testPlace } from './story/testing/storyFixtures.ts';

const places = [
  testPlace('parukh', 'Parukh', 'Fərrux'),
  testPlace('nowhere', 'Nowhere', 'Heç yer', { lon: null, lat: null }),
  testPlace('shusha', 'Shushi', 'Şuşa', { kind: 'town' }),
];
const gazetteer = mapGazetteer(places);

describe('explorerMap', () => {
  const map = explorerMap(gazetteer);

  it('opens on every place with coordinates, named in every convention', () => {
    expect(map.live.places).toEqual(['parukh', 'shusha']);
    expect(map.places).toEqual(storyMapPlaces(places));
  });

  it('shows the explorer’s layers, nothing highlighted or annotated', () => {
    expect(map.live).toMatchObject({ layers: explorerLayers, highlight: [], annotations: [] });
  });

  it('is what mapStepOf makes of the same step, as for a story step', () =>
    expect(map).toEqual(mapStepOf({ ...map.live, annotations: [] }, gazetteer)));
});

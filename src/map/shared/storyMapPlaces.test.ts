import { describe, expect, it } from 'vitest';
import type { Place } from '../../schemas/place.ts';
import { storyMapPlaces } from './storyMapPlaces.ts';

const place = (over: Partial<Place>): Place => ({
  id: 'lachin',
  names: { en: 'Lachin', hy: 'Berdzor', az: 'Laçın', azLatin: 'Lachin', other: [] },
  lat: 39.64,
  lon: 46.55,
  kind: 'town',
  country: 'AZ',
  coordSource: { title: 'GeoNames', url: null },
  crossCheck: [],
  maxDiscrepancyKm: null,
  coordinatesDisagree: false,
  note: null,
  ...over,
});

describe('storyMapPlaces', () => {
  it('carries the name in every convention for the switcher', () => {
    const [p] = storyMapPlaces([place({})]);
    expect(p?.names).toEqual({
      en: 'Lachin',
      hy: 'Berdzor',
      az: 'Laçın',
      both: 'Berdzor / Lachin',
    });
    expect(p?.label).toBe('Lachin');
  });

  it('drops places without coordinates and keeps only the ids asked for', () => {
    const places = [
      place({}),
      place({ id: 'shusha', lat: null, lon: null }),
      place({ id: 'goris', country: 'AM' }),
    ];
    expect(storyMapPlaces(places).map((p) => p.id)).toEqual(['lachin', 'goris']);
    expect(storyMapPlaces(places, ['goris']).map((p) => p.id)).toEqual(['goris']);
  });

  it('marks places whose sources disagree as approximate', () => {
    expect(storyMapPlaces([place({ coordinatesDisagree: true })])[0]?.approximate).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { nearestPlace, type PlacePoint } from './nearestPlace.ts';

// coordinates as in the shared gazetteer (research/places.json)
const places: PlacePoint[] = [
  { id: 'stepanakert', lon: 46.75194, lat: 39.81528 },
  { id: 'shusha', lon: 46.7483, lat: 39.7583 },
  { id: 'karaglukh', lon: null, lat: null },
  { id: 'lachin', lon: 46.54694, lat: 39.64083 },
];

describe('nearestPlace', () => {
  it('puts Stepanakert about 6.3 km from Shusha', () => {
    const found = nearestPlace(
      [46.7483, 39.7583],
      places.filter((p) => p.id !== 'shusha'),
    );
    expect(found?.id).toBe('stepanakert');
    // haversine: 0.05698° of latitude and 0.00364° of longitude at 39.8° N
    expect(found?.km).toBeCloseTo(6.34, 1);
  });

  it('returns zero km for a point exactly on a place', () => {
    expect(nearestPlace([46.54694, 39.64083], places)).toEqual({ id: 'lachin', km: 0 });
  });

  it('skips places without coordinates', () => {
    const found = nearestPlace([0, 0], [{ id: 'karaglukh', lon: null, lat: null }, places[3]!]);
    expect(found?.id).toBe('lachin');
  });

  it('returns undefined when no place has coordinates', () => {
    expect(nearestPlace([46, 40], [{ id: 'karaglukh', lon: null, lat: null }])).toBeUndefined();
    expect(nearestPlace([46, 40], [])).toBeUndefined();
  });

  it('breaks ties in favour of the earlier place', () => {
    const twins: PlacePoint[] = [
      { id: 'east', lon: 1, lat: 0 },
      { id: 'west', lon: -1, lat: 0 },
    ];
    expect(nearestPlace([0, 0], twins)?.id).toBe('east');
  });
});

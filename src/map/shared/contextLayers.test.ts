import { describe, expect, it } from 'vitest';
import { isZoomedIn, withContextLayers } from './contextLayers.ts';

const zoomed = {
  bounds: [
    [46.2, 39.4],
    [46.95, 39.95],
  ],
} as const;
const regional = {
  bounds: [
    [45.6, 38.9],
    [47.6, 40.7],
  ],
} as const;

describe('withContextLayers', () => {
  it('adds the roads above land and rivers, under the story layers, on a zoomed-in view', () => {
    expect(withContextLayers(['countries', 'water', 'held-2020-2023', 'loc-2020'], zoomed)).toEqual(
      ['countries', 'water', 'roads', 'held-2020-2023', 'loc-2020'],
    );
  });

  it('adds no roads on a regional view (2° across)', () => {
    expect(withContextLayers(['countries', 'water', 'loc-2020'], regional)).toEqual([
      'countries',
      'water',
      'loc-2020',
    ]);
  });

  it('adds no roads to a map without the basemap, and none twice', () => {
    expect(withContextLayers(['loc-2020'], zoomed)).toEqual(['loc-2020']);
    expect(withContextLayers(['countries', 'roads', 'loc-2020'], zoomed)).toEqual([
      'countries',
      'roads',
      'loc-2020',
    ]);
  });

  it('puts the roads just above the countries when a step draws no rivers', () => {
    expect(withContextLayers(['countries', 'nkao-1991'], zoomed)).toEqual([
      'countries',
      'roads',
      'nkao-1991',
    ]);
  });
});

describe('isZoomedIn', () => {
  it('reads a centre-and-zoom camera by its zoom', () => {
    expect(isZoomedIn({ center: [46.7, 39.8], zoom: 10 })).toBe(true);
    expect(isZoomedIn({ center: [46.7, 39.8], zoom: 7 })).toBe(false);
  });
});

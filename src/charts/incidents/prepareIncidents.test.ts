import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareIncidents, roundKm } from './prepareIncidents.ts';
import { event, places, sources } from '../prepare/testFixtures.ts';

const line: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { approximate: false },
      geometry: {
        type: 'LineString',
        coordinates: [
          [46.8, 39.9],
          [46.8, 40.5],
        ],
      },
    },
  ],
};
const events = [
  event('crossing', '2022-03-24', 'crossing', { places: ['parukh'], sources: ['S01', 'S02'] }),
  event('no-coords', '2022-03-27', 'clash', { places: ['karaglukh'] }),
  event('statement', '2022-03-26', 'statement', { places: ['parukh'] }),
  event('talish-strike', '2021-08-11', 'strike', { places: ['karaglukh', 'talish'] }),
  event('too-late', '2023-01-05', 'clash', { places: ['parukh'] }),
];
const config = {
  from: '2021-01',
  to: '2022-12',
  categories: ['crossing', 'strike', 'clash'] as const,
  cluster: { from: '2022-03', to: '2022-04' },
};

describe('prepareIncidents', () => {
  const { data: input, table } = prepareIncidents(events, places, sources, line, {
    ...config,
    categories: [...config.categories],
  });
  it('keeps incidents of the chosen kinds and months, in date order', () => {
    expect(input.incidents.map((i) => i.id)).toEqual(['talish-strike', 'crossing', 'no-coords']);
  });
  it('measures from the first listed place that has coordinates', () => {
    const crossing = input.incidents[1]!;
    expect(crossing.place).toBe('Parukh');
    expect(crossing.distanceKm).toBe(0);
    const strike = input.incidents[0]!;
    expect(strike.place).toBe('Talish');
    expect(strike.distanceKm).toBeGreaterThan(0);
  });
  it('leaves the distance out when no place has coordinates, and says so in the table', () => {
    expect(input.incidents[2]!.distanceKm).toBeUndefined();
    expect(table.rows[2]!.cells[4]).toBe('no place with coordinates');
  });
  it('flags incidents inside the cluster months', () => {
    expect(input.incidents.map((i) => i.inCluster)).toEqual([false, true, true]);
  });
});

describe('roundKm', () => {
  it('keeps tenths below 10 km and whole km above', () => {
    expect(roundKm(0.6127)).toBe(0.6);
    expect(roundKm(47.7)).toBe(48);
  });
});

import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layerIds } from '../../schemas/layerIds.ts';
import { geometryDownloads } from './geometryDownloads.ts';

const collection = (...licences: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: licences.map((license) => ({
    type: 'Feature',
    properties: { license },
    geometry: { type: 'Point', coordinates: [46, 40] },
  })),
});

describe('geometryDownloads', () => {
  it('lists every layer file, each licence once', () => {
    const list = geometryDownloads({
      water: collection('Public domain (Natural Earth)', 'Public domain (Natural Earth)'),
      districts: collection('CC BY-SA 3.0'),
    });
    expect(list.map((g) => g.file)).toHaveLength(layerIds.length);
    expect(list.find((g) => g.file === 'water.geojson')).toMatchObject({
      features: 2,
      licences: ['Public domain (Natural Earth)'],
    });
    expect(list.find((g) => g.file === 'districts.geojson')?.licences).toEqual(['CC BY-SA 3.0']);
  });

  it('says why a layer we drew is approximate', () => {
    const held = geometryDownloads({}).find((g) => g.file === 'held-2020-2023.geojson');
    expect(held?.approximateNote).toMatch(/derived by us/);
    expect(geometryDownloads({}).find((g) => g.file === 'loc-1994.geojson')).not.toHaveProperty(
      'approximateNote',
    );
  });
});

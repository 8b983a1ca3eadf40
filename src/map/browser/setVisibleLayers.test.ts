import { describe, expect, it } from 'vitest';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';
import { layerIds } from '../../schemas/layerIds.ts';
import { buildMapStyle } from './mapStyle.ts';
import { setVisibleLayers, visibleLayers } from './setVisibleLayers.ts';

const fresh = () => new FakeMap({ container: new FakeElement(), style: buildMapStyle('light') });

describe('setVisibleLayers', () => {
  it('shows exactly the given layers, fills together with their outlines', () => {
    const map = fresh();
    const changed = setVisibleLayers(asMapLibre(map), ['countries', 'loc-2020']);
    // The country tints are variant layers of `countries`, shown and hidden with it.
    expect(changed).toEqual([
      'countries',
      'countries--AM',
      'countries--AZ',
      'countries--GE',
      'countries--IR',
      'countries--RU',
      'countries--TR',
      'countries-outline',
      'loc-2020',
    ]);
    expect(visibleLayers(asMapLibre(map))).toEqual(['countries', 'loc-2020']);
    expect(map.getLayoutProperty('countries-outline', 'visibility')).toBe('visible');
  });

  it('hides layers the new list leaves out', () => {
    const map = fresh();
    setVisibleLayers(asMapLibre(map), ['countries', 'loc-1994']);
    expect(setVisibleLayers(asMapLibre(map), ['countries', 'loc-2020'])).toEqual([
      'loc-1994',
      'loc-2020',
    ]);
    expect(visibleLayers(asMapLibre(map))).toEqual(['countries', 'loc-2020']);
  });

  it('makes no calls when the layers are already as asked', () => {
    const map = fresh();
    setVisibleLayers(asMapLibre(map), ['countries', 'districts']);
    map.calls.length = 0;
    expect(setVisibleLayers(asMapLibre(map), ['districts', 'countries'])).toEqual([]);
    expect(map.calls).toEqual([]);
  });

  it('keeps the registry drawing order whatever order the ids come in', () => {
    const map = fresh();
    setVisibleLayers(asMapLibre(map), ['loc-2020', 'countries', 'held-1994-2020']);
    expect(visibleLayers(asMapLibre(map))).toEqual(
      layerIds.filter((id) => ['loc-2020', 'countries', 'held-1994-2020'].includes(id)),
    );
  });

  it('treats a layout the style never set as visible, as MapLibre does', () => {
    const map = new FakeMap({ container: new FakeElement() });
    expect(visibleLayers(asMapLibre(map))).toEqual([...layerIds]);
    setVisibleLayers(asMapLibre(map), []);
    expect(visibleLayers(asMapLibre(map))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { palette } from '../../styles/tokens.ts';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';
import { buildMapStyle } from './mapStyle.ts';
import { setMapTheme } from './setMapTheme.ts';

describe('setMapTheme', () => {
  it('recolours a light map for the dark theme, background included', () => {
    const map = new FakeMap({ container: new FakeElement(), style: buildMapStyle('light') });
    expect(setMapTheme(asMapLibre(map), 'dark')).toBeGreaterThan(10);
    expect(map.getPaintProperty('background', 'background-color')).toBe(palette.dark.water);
    expect(map.getPaintProperty('loc-2020', 'line-color')).toBe(palette.dark.loc2020);
  });

  it('leaves properties that are already right alone, so the same theme twice makes no calls', () => {
    const map = new FakeMap({ container: new FakeElement(), style: buildMapStyle('dark') });
    expect(setMapTheme(asMapLibre(map), 'dark')).toBe(0);
    expect(map.calls).toEqual([]);
  });

  it('never touches layout, so layers keep their visibility', () => {
    const map = new FakeMap({ container: new FakeElement(), style: buildMapStyle('light') });
    map.setLayoutProperty('loc-2020', 'visibility', 'visible');
    map.calls.length = 0;
    setMapTheme(asMapLibre(map), 'dark');
    expect(map.getLayoutProperty('loc-2020', 'visibility')).toBe('visible');
    expect(map.calls.filter(([name]) => name !== 'setPaintProperty')).toEqual([]);
  });
});

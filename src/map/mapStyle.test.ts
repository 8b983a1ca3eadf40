import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { palette } from '../styles/tokens.ts';
import { layerIds, layers } from './layers.ts';
import { BACKGROUND_LAYER, buildMapStyle, geoUrl, styleLayerIds } from './mapStyle.ts';

/** Every string in a value that looks like a URL or path. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^(\/|[a-z]+:)/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

describe('buildMapStyle', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes the MapLibre style validator (${theme})`, () => {
      expect(validateStyleMin(buildMapStyle(theme))).toEqual([]);
    });
  }

  it('has one GeoJSON source per registry layer, served from /geo/ on the site', () => {
    const style = buildMapStyle('light');
    expect(Object.keys(style.sources).sort()).toEqual([...layerIds].sort());
    for (const id of layerIds)
      expect(style.sources[id]).toEqual({ type: 'geojson', data: `/geo/${layers[id].file}` });
  });

  it('names no URL outside the site: no glyphs, no sprite, no tiles', () => {
    const style = buildMapStyle('dark', { baseUrl: '/karabakh/' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = urlsIn(style);
    expect(urls.length).toBe(layerIds.length);
    for (const url of urls) expect(url).toMatch(/^\/karabakh\/geo\/[a-z0-9-]+\.geojson$/);
  });

  it('draws every registry layer, in registry order, and no symbol layers', () => {
    const ids = buildMapStyle('light').layers.map((l) => l.id);
    expect(ids).toEqual([BACKGROUND_LAYER, ...layerIds.flatMap(styleLayerIds)]);
    expect(buildMapStyle('light').layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('starts with every registry layer hidden and the sea as background', () => {
    const style = buildMapStyle('light');
    for (const layer of style.layers) {
      if (layer.id === BACKGROUND_LAYER) {
        expect(layer).toMatchObject({
          type: 'background',
          paint: { 'background-color': palette.light.water },
        });
      } else expect(layer.layout).toMatchObject({ visibility: 'none' });
    }
  });

  it('uses the registry colour, opacity and width, with px dashes converted to line widths', () => {
    const byId = new Map(buildMapStyle('light').layers.map((l) => [l.id, l]));
    expect(byId.get('held-1994-2020')).toMatchObject({
      type: 'fill',
      paint: { 'fill-color': palette.light.held19942020, 'fill-opacity': 0.28 },
    });
    // loc-1994: 2.5 px wide, dashes of 6 and 3 px.
    expect(byId.get('loc-1994')).toMatchObject({
      type: 'line',
      paint: {
        'line-color': palette.light.loc1994,
        'line-width': 2.5,
        'line-dasharray': [2.4, 1.2],
      },
    });
    expect(byId.get('water')).toMatchObject({ paint: { 'line-color': palette.light.waterLine } });
    expect(byId.get('countries-outline')).toMatchObject({
      paint: { 'line-color': palette.light.border },
    });
  });

  it('colours districts by their status property: handed over, or taken in the war', () => {
    const districts = buildMapStyle('dark').layers.find((l) => l.id === 'districts');
    expect(districts).toMatchObject({
      paint: {
        'fill-color': [
          'match',
          ['get', 'status'],
          'handed-over',
          palette.dark.districtHanded,
          palette.dark.districtTaken,
        ],
      },
    });
  });

  it('gives every variant of a layer the colour its legend key shows', () => {
    for (const theme of ['light', 'dark'] as const)
      for (const def of Object.values(layers).filter((d) => d.variants)) {
        const fill = buildMapStyle(theme).layers.find((l) => l.id === def.id) as {
          paint: { 'fill-color': unknown };
        };
        const expr = fill.paint['fill-color'] as unknown[];
        for (const v of def.variants!) {
          const at = expr.indexOf(v.status);
          const color = at > 0 ? expr[at + 1] : expr.at(-1);
          expect(color, `${theme} ${def.id} ${v.status}`).toBe(palette[theme][v.color]);
        }
      }
  });

  it('fills only the areas of files that also carry lines', () => {
    const corridor = buildMapStyle('light').layers.find((l) => l.id === 'lachin-corridor');
    expect(corridor).toMatchObject({ filter: ['==', ['geometry-type'], 'Polygon'] });
  });

  it('differs between themes only in colours', () => {
    const strip = (s: unknown) =>
      JSON.stringify(s)
        .replace(/#[0-9a-f]{6}/g, '#')
        .replace(/\(light\)|\(dark\)/, '');
    expect(strip(buildMapStyle('light'))).toBe(strip(buildMapStyle('dark')));
    expect(JSON.stringify(buildMapStyle('light'))).not.toBe(JSON.stringify(buildMapStyle('dark')));
  });
});

describe('geoUrl', () => {
  it('joins the base path and the file whether or not the base ends in a slash', () => {
    expect(geoUrl('loc-2020.geojson')).toBe('/geo/loc-2020.geojson');
    expect(geoUrl('loc-2020.geojson', '/sub')).toBe('/sub/geo/loc-2020.geojson');
    expect(geoUrl('loc-2020.geojson', '/sub/')).toBe('/sub/geo/loc-2020.geojson');
  });
});

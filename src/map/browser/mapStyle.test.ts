import {
  expression,
  featureFilter,
  validateStyleMin,
  type FillLayerSpecification,
  type LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { palette } from '../../styles/tokens.ts';
import { layers } from '../shared/layers.ts';
import { layerIds } from '../../schemas/layerIds.ts';
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
    // Plus the step annotations' source, which holds inline data, never a URL.
    expect(Object.keys(style.sources).sort()).toEqual([...layerIds, 'annotations'].sort());
    expect(style.sources.annotations).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
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

  it('draws every registry layer, in registry order, then the annotation lines, and no symbol layers', () => {
    const ids = buildMapStyle('light').layers.map((l) => l.id);
    const registry = ids.filter((id) => !id.startsWith('annotation-'));
    expect(registry).toEqual([BACKGROUND_LAYER, ...layerIds.flatMap(styleLayerIds)]);
    expect(ids.slice(registry.length).every((id) => id.startsWith('annotation-'))).toBe(true);
    expect(buildMapStyle('light').layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('starts with every registry layer hidden and the sea as background', () => {
    const style = buildMapStyle('light');
    // Annotation layers stay visible: their source is empty until a step gives it lines.
    for (const layer of style.layers.filter((l) => !l.id.startsWith('annotation-'))) {
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

  it('colours districts by status with one constant-colour layer each: handed over, or taken in the war', () => {
    const byId = new Map(buildMapStyle('dark').layers.map((l) => [l.id, l]));
    expect(byId.get('districts')).toMatchObject({
      paint: { 'fill-color': palette.dark.districtTaken },
    });
    expect(byId.get('districts--handed-over')).toMatchObject({
      paint: { 'fill-color': palette.dark.districtHanded },
    });
    expect(byId.get('districts-outline--handed-over')).toMatchObject({
      paint: { 'line-color': palette.dark.districtHanded },
    });
  });

  it('draws each feature of a layer with variants in exactly one fill and one outline, in the colour its legend key shows', () => {
    // MapLibre's own filter evaluation, so the test reads the filters as the map will.
    const polygon = (status: string | undefined, by: string) => ({
      type: 'Polygon' as const,
      properties: status ? { [by]: status } : {},
      geometry: [
        [
          { x: 0, y: 0 },
          { x: 1, y: 0 },
          { x: 1, y: 1 },
          { x: 0, y: 0 },
        ],
      ],
    });
    for (const theme of ['light', 'dark'] as const)
      for (const def of Object.values(layers).filter((d) => d.variants)) {
        const own = buildMapStyle(theme).layers.filter((l) =>
          styleLayerIds(def.id).includes(l.id),
        ) as (FillLayerSpecification | LineLayerSpecification)[];
        const drawing = (feature: ReturnType<typeof polygon>, type: 'fill' | 'line') =>
          own.filter(
            (l) =>
              l.type === type &&
              featureFilter(l.filter, 'filter').filter({ zoom: 8 } as never, feature as never),
          );
        for (const v of [...def.variants!, { status: undefined, color: def.color }]) {
          const feature = polygon(v.status, def.variantBy ?? 'status');
          const fills = drawing(feature, 'fill') as FillLayerSpecification[];
          const outlines = drawing(feature, 'line') as LineLayerSpecification[];
          const where = `${theme} ${def.id} ${v.status ?? '(no status)'}`;
          expect(
            fills.map((l) => l.paint?.['fill-color']),
            where,
          ).toEqual([palette[theme][v.color]]);
          expect(outlines, where).toHaveLength(1);
        }
      }
  });

  it('uses no data-driven paint, so no layer needs a shader program of its own', () => {
    for (const layer of buildMapStyle('light').layers)
      for (const [name, value] of Object.entries(layer.paint ?? {}))
        expect(expression.isExpression(value), `${layer.id} ${name}`).toBe(false);
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

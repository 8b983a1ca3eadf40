import { describe, expect, it } from 'vitest';
import { layerIds } from '../../schemas/layerIds.ts';
import { layerPaint } from './layerPaint.ts';
import { layers } from './layers.ts';

describe('layerPaint', () => {
  it('fills areas and leaves lines unfilled', () => {
    for (const id of layerIds) {
      const p = layerPaint(layers[id]);
      if (layers[id].kind === 'fill') expect(p.fill, id).toBe(layers[id].color);
      else expect(p.fill, id).toBeNull();
    }
  });

  it('edges a light fill in its darker line colour, and strokes a line in it', () => {
    expect(layerPaint(layers['held-1994-2020']).stroke).toBe('held19942020Line');
    expect(layerPaint(layers.water).stroke).toBe('waterLine');
    expect(layerPaint(layers['loc-2020']).stroke).toBe('loc2020');
  });

  it('gives a variant its own colours and the layer its width, opacity and dashes', () => {
    const handed = layerPaint(layers.districts, 'handed-over');
    expect(handed).toEqual({
      fill: 'districtHanded',
      fillOpacity: layers.districts.opacity,
      stroke: 'districtHanded',
      strokeWidth: layers.districts.strokeWidth,
      dash: null,
    });
    // Country tints keep the border as their edge.
    expect(layerPaint(layers.countries, 'AM')).toMatchObject({
      fill: 'landArmenia',
      stroke: 'border',
    });
  });

  it('paints a feature of another or no status like the layer', () => {
    expect(layerPaint(layers.districts, 'unknown')).toEqual(layerPaint(layers.districts));
    expect(layerPaint(layers.districts, undefined)).toEqual(layerPaint(layers.districts));
  });

  it('measures dashes in px, as the registry gives them', () => {
    expect(layerPaint(layers['loc-1994']).dash).toEqual([6, 3]);
    expect(layerPaint(layers['loc-2020']).dash).toBeNull();
  });
});

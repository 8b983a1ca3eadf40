import { describe, expect, it } from 'vitest';
import { keyColorRules } from '../../styles/tokens.ts';
import { layers } from './layers.ts';
import { layerKey, legendColorTokens, variantKeys } from './layerLegend.ts';

describe('legendColorTokens', () => {
  it('gives every colour a legend key can show (fill, edge, variant) a key rule, once', () => {
    const css = keyColorRules(legendColorTokens);
    for (const l of Object.values(layers))
      for (const token of [
        l.color,
        l.lineColor ?? l.color,
        // Context tints (the countries) are named on the map, not in a legend.
        ...(l.variantsInLegend === false ? [] : (l.variants ?? []).map((v) => v.color)),
      ]) {
        expect(css, `${l.id} ${token}`).toContain(`[data-key-color="${token}"]`);
        expect(css, `${l.id} ${token}`).toContain(`[data-key-line="${token}"]`);
      }
    expect(new Set(legendColorTokens).size).toBe(legendColorTokens.length);
  });
});

describe('outline-only areas', () => {
  it('key the districts, drawn without a fill over other areas, by outlines in their own colours', () => {
    expect(layerKey(layers.districts).kind).toBe('outline');
    for (const key of variantKeys(layers.districts)) expect(key.kind).toBe('outline');
    expect(layerKey(layers['held-1994-2020']).kind).toBe('fill');
  });
});

import { describe, expect, it } from 'vitest';
import { layerIds } from '../../schemas/layerIds.ts';
import { annotationCss } from './annotationCss.ts';
import { layerCss } from './layerCss.ts';
import { layers } from './layers.ts';
import { mapCss } from './mapCss.ts';

describe('mapCss', () => {
  it('holds every layer’s paint and every annotation mark’s rules, once', () => {
    const css = mapCss();
    expect(css).toBe(layerCss(layerIds.map((id) => layers[id])) + annotationCss());
    for (const id of layerIds) expect(css.split(` .layer-${id}{`)).toHaveLength(2);
  });
});

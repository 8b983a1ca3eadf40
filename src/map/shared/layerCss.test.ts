import { describe, expect, it } from 'vitest';
import { cssVarName } from '../../styles/tokens.ts';
import { layerIds } from '../../schemas/layerIds.ts';
import { layerCss } from './layerCss.ts';
import { layerPaint } from './layerPaint.ts';
import { layers, type LayerDef } from './layers.ts';

const all = layerIds.map((id) => layers[id]);

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): string | undefined {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|})${escaped}\\{([^}]*)\\}`).exec(css)?.[1];
}

describe('layerCss', () => {
  it('paints every registry layer with its colours, opacity, width and dashes', () => {
    const css = layerCss(all);
    for (const def of all) {
      const p = layerPaint(def);
      const body = rule(css, `.static-map .layer-${def.id}`);
      expect(body, def.id).toBeDefined();
      expect(body, def.id).toContain(p.fill ? `fill:var(${cssVarName(p.fill)})` : 'fill:none');
      expect(body, def.id).toContain(`stroke:var(${cssVarName(p.stroke)})`);
      if (p.fill && p.fillOpacity !== 1) expect(body).toContain(`fill-opacity:${p.fillOpacity}`);
      // Shared shapes (sharedShapes.ts) carry a scaled width and dashes of their own, which a
      // rule on the class would override: paths get them from a rule of their own.
      expect(body, def.id).not.toMatch(/stroke-width|stroke-dasharray/);
      const line = rule(css, `.static-map path.layer-${def.id}`);
      expect(line, def.id).toContain(`stroke-width:${p.strokeWidth}`);
      if (p.dash) expect(line).toContain(`stroke-dasharray:${p.dash.join(' ')}`);
      else expect(line).not.toContain('stroke-dasharray');
    }
  });

  it('gives a variant a rule only where its colours differ from the layer’s', () => {
    const css = layerCss(all);
    expect(rule(css, '.static-map .layer-districts.handed-over')).toBe(
      'fill:var(--color-district-handed);stroke:var(--color-district-handed)',
    );
    // Taken in the war: the districts' own colour, so no rule of its own.
    expect(rule(css, '.static-map .layer-districts.taken-in-war-2020')).toBeUndefined();
    // Country tints change the fill only; the border stays.
    expect(rule(css, '.static-map .layer-countries.AM')).toBe('fill:var(--color-land-armenia)');
  });

  it('scopes every rule to the given selector', () => {
    const css = layerCss(all, { scope: '.card' });
    expect(
      css
        .split('}')
        .filter(Boolean)
        .every((r) => r.startsWith('.card .layer-') || r.startsWith('.card path.layer-')),
    ).toBe(true);
  });

  it('refuses a variant status that is not a class name, naming the layer and the value', () => {
    const bad: LayerDef = {
      ...layers.districts,
      variants: [{ status: 'handed over', label: 'x', color: 'districtHanded' }],
    };
    expect(() => layerCss([bad])).toThrow(/districts.*"handed over"/);
  });
});

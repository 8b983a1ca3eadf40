import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { variantFor, variantWidths } from './variantWidths.ts';

describe('variantFor', () => {
  it('uses the narrowest layout below the first width', () => {
    expect(variantFor(250)).toBe(288);
  });
  it('uses the widest layout that fits', () => {
    expect(variantFor(288)).toBe(288);
    expect(variantFor(439)).toBe(288);
    expect(variantFor(440)).toBe(440);
    expect(variantFor(1400)).toBe(960);
  });
  it('never scales an SVG up by more than 1.6, so text stays in proportion', () => {
    for (let i = 1; i < variantWidths.length; i++)
      expect(variantWidths[i]! / variantWidths[i - 1]!).toBeLessThan(1.6);
  });
  it('matches the container queries in chart.css', () => {
    const css = readFileSync(new URL('../../components/charts/chart.css', import.meta.url), 'utf8');
    const queried = [...css.matchAll(/@container chart \(min-width: (\d+)px\)/g)].map((m) =>
      Number(m[1]),
    );
    expect(queried).toEqual(variantWidths.slice(1));
  });
});

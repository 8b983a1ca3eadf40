import { describe, expect, it } from 'vitest';
import { chartIds } from '../schemas/chartIds.ts';
import { chartRegistry, chartTag } from './registry.ts';

describe('chartRegistry', () => {
  it('lists every chart id of the schemas once, in the same order', () => {
    expect(chartRegistry.map((e) => e.id)).toEqual(chartIds);
  });

  it('loads each chart’s module: a spec with defaults, layout, scene and start state', async () => {
    for (const entry of chartRegistry) {
      const { spec } = await entry.load();
      expect(spec.defaults.width, entry.id).toBeGreaterThan(0);
      expect(typeof spec.layout, entry.id).toBe('function');
      expect(typeof spec.scene, entry.id).toBe('function');
      expect(typeof spec.startState, entry.id).toBe('function');
    }
  });

  it('has each chart’s data preparation at build time', async () => {
    for (const entry of chartRegistry)
      expect(typeof (await entry.prepare!()).prepare, entry.id).toBe('function');
  });

  it('names each chart’s element after its id', () => {
    expect(chartTag('exodus')).toBe('chart-exodus');
  });
});

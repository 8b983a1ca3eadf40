/**
 * Ships to the browser. For every chart of the registry, defines its `<chart-<id>>` element once
 * the reader nears one: the chart element's code and the chart's own module (D3 layout and scene)
 * load together then, never before, so a reader who never scrolls to a chart never downloads it.
 */
import { chartRegistry, chartTag } from '../charts/registry.ts';
import { defineWhenNear } from './defineWhenNear.ts';

/** Sets up the lazy definition of every chart element on the page. */
export function defineChartsWhenNear(): void {
  for (const entry of chartRegistry) {
    const tag = chartTag(entry.id);
    defineWhenNear(tag, async () => {
      const [{ defineChart }, module] = await Promise.all([
        import('./chart-element.ts'),
        entry.load(),
      ]);
      defineChart(tag, module);
    });
  }
}

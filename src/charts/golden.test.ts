/**
 * Golden files: the build-time SVG of every chart, compared byte for byte with
 * tests/golden/charts/*.svg. Each chart's data is a frozen copy of what its preparation
 * builds from data/ (tests/golden/charts/data/, see the README there), so editing data never breaks these tests.
 * After an intended change to a chart, regenerate and review the diff:
 *
 *   UPDATE_GOLDEN=1 node_modules/.bin/vitest run src/charts/golden.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChart } from './core/renderChart.ts';
import type { ChartState } from './core/chartState.ts';
import { goldenCases } from './testing/goldenCases.ts';

const DIR = new URL('../../tests/golden/charts/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe('build-time SVG matches the golden files', async () => {
  const cases = await goldenCases(update);
  for (const c of cases) {
    for (const [name, width, state] of [
      ['narrow', 288, {}],
      ['wide', 960, {}],
      ['partial', 440, c.partial],
    ] as [string, number, ChartState][]) {
      it(`${c.id} ${name} (${width} px${name === 'partial' ? `, state ${JSON.stringify(state)}` : ''})`, () => {
        const svg = renderChart(c.spec, c.data, { width, chartId: c.id }, state);
        const file = new URL(`${c.id}-${name}.svg`, DIR);
        if (update || !existsSync(file)) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, `${svg}\n`);
        }
        expect(svg).toBe(readFileSync(file, 'utf8').trimEnd());
      });
    }
  }
});

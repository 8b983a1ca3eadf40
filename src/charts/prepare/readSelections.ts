import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ChartId } from '../../schemas/chartIds.ts';
import type { ChartSelection } from '../../schemas/chartSelection.ts';
import { chartTextSchema } from '../../schemas/chartText.ts';

const FILE = new URL('../../../data/story/charts.json', import.meta.url);

/**
 * Each chart's selection as data/story/charts.json sets it, read directly, for tests and tools
 * that run outside Astro (pages read the `charts` collection). A parse failure means a broken
 * checkout: `npm run validate` explains it.
 */
export function readChartSelections(): Map<ChartId, ChartSelection> {
  const entries = z.array(chartTextSchema).parse(JSON.parse(readFileSync(FILE, 'utf8')));
  return new Map(entries.map((e) => [e.id, e.selection]));
}

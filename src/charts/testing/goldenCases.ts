/**
 * Test helper (never shipped): every chart of the registry with its frozen data, for golden-file
 * and label tests. With `refresh`, the data is rebuilt from data/ through each chart's own
 * preparation and selection (data/story/charts.json) and saved.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BaseOptions, ChartSpec } from '../core/chartSpec.ts';
import type { ChartState } from '../core/chartState.ts';
import { chartRegistry } from '../registry.ts';

const DATA = new URL('../../../tests/golden/charts/data/', import.meta.url);

/** A chart with its frozen data and a mid-story state worth pinning. */
export interface GoldenCase {
  id: string;
  // Specs differ in their data types; each case pairs a spec with its own data.
  spec: ChartSpec<unknown, BaseOptions, unknown>;
  data: unknown;
  partial: ChartState;
}

/** Rebuilds each chart's data from data/ and writes it to tests/golden/charts/data/. */
async function refreshData(): Promise<void> {
  // Imported lazily: only a refresh reads data/ (and the geometry the incidents chart needs).
  const { readChartSources } = await import('../prepare/readData.ts');
  const { readChartSelections } = await import('../prepare/readSelections.ts');
  const records = readChartSources();
  const selections = readChartSelections();
  mkdirSync(DATA, { recursive: true });
  for (const entry of chartRegistry) {
    const { prepare } = await entry.prepare!();
    const { data } = prepare(records, selections.get(entry.id)!);
    writeFileSync(new URL(`${entry.id}.json`, DATA), `${JSON.stringify(data, null, 1)}\n`);
  }
}

/** Every chart's golden case; `refresh` rebuilds the frozen data from data/ first. */
export async function goldenCases(refresh = false): Promise<GoldenCase[]> {
  if (refresh) await refreshData();
  return Promise.all(
    chartRegistry.map(async (entry) => ({
      id: entry.id,
      spec: (await entry.load()).spec,
      data: JSON.parse(readFileSync(new URL(`${entry.id}.json`, DATA), 'utf8')) as unknown,
      partial: entry.goldenState,
    })),
  );
}

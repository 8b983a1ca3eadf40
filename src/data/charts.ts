/**
 * Build-time: every chart of the registry with its words (data/story/charts.json) and its data
 * prepared from the validated collections, by the chart's own preparation and selection. The
 * story, /charts/, the embeds and the share cards all draw charts from here. Never ships to the
 * browser.
 */
import { getCollection } from 'astro:content';
import { chartRegistry, type ChartEntry } from '../charts/registry.ts';
import type { PreparedChart } from '../charts/prepare/preparedChart.ts';
import type { ChartId } from '../schemas/chartIds.ts';
import type { ChartText } from '../schemas/chartText.ts';
import { loadGeometry } from '../map/build/loadGeometry.ts';
import type { LayerId } from '../schemas/layerIds.ts';
import { getDataset } from './dataset.ts';
import { perDataVersion } from './perDataVersion.ts';

/** A chart as pages show it: its registry entry, its words and its prepared data. */
export interface SiteChart extends PreparedChart<unknown> {
  entry: ChartEntry;
  id: ChartId;
  title: string;
  takeaway: string;
  method?: string | undefined;
}

async function build(): Promise<Map<ChartId, SiteChart>> {
  // The same collections the story reads, loaded once per build by getDataset().
  const d = await getDataset();
  const records = {
    events: [...d.events.values()],
    figures: [...d.figures.values()],
    actors: [...d.actors.values()],
    places: [...d.places.values()],
    sources: [...d.sources.values()],
    geometry: (name: string) => {
      // A chart names a geometry file by its layer id (e.g. "loc-2020").
      const found = loadGeometry([name as LayerId])[name as LayerId];
      if (!found) throw new Error(`no geometry "${name}" in data/geometry/`);
      return found;
    },
  };
  const words = new Map(
    (await getCollection('charts')).map((e) => [e.data.id, e.data as ChartText] as const),
  );
  const charts = new Map<ChartId, SiteChart>();
  for (const entry of chartRegistry) {
    // The validator has checked that every chart has its entry in data/story/charts.json.
    const text = words.get(entry.id)!;
    const { prepare } = await entry.prepare!();
    charts.set(entry.id, {
      entry,
      id: entry.id,
      title: text.title,
      takeaway: text.takeaway,
      ...(text.method ? { method: text.method } : {}),
      ...prepare(records, text.selection),
    });
  }
  return charts;
}

/** Every chart, in registry order, computed once per build (once per data version under astro dev). */
export const getCharts: () => Promise<Map<ChartId, SiteChart>> = perDataVersion(build);

/**
 * Build-time: every chart's prepared data, title and takeaway, from the validated collections.
 * The story, the chart showcase and the embeds all draw charts from here, so there is one list.
 */
import { perDataVersion } from './perDataVersion.ts';
import { getCollection } from 'astro:content';
import type { ChartId } from '../schemas/chartIds.ts';
import type { ChartText } from '../schemas/chartText.ts';
import { chartSelections } from '../lib/chartData/chartSelections.ts';
import { contingentData } from '../lib/chartData/contingentData.ts';
import { countingTheDeadData } from '../lib/chartData/countingTheDeadData.ts';
import { exodusData } from '../lib/chartData/exodusData.ts';
import { incidentsData } from '../lib/chartData/incidentsData.ts';
import { warTimelineData } from '../lib/chartData/warTimelineData.ts';
import { loadGeometry } from '../map/build/loadGeometry.ts';
import { getDataset } from './dataset.ts';

async function build() {
  // The same collections the story reads, loaded once per build by getDataset().
  const data = await getDataset();
  const [events, figures, actors, places, sources] = [
    [...data.events.values()],
    [...data.figures.values()],
    [...data.actors.values()],
    [...data.places.values()],
    [...data.sources.values()],
  ];
  const texts = (await getCollection('charts')).map((e) => e.data);
  const line = loadGeometry(['loc-2020'])['loc-2020']!;
  const text = (id: ChartId) => {
    const t = (texts as ChartText[]).find((c) => c.id === id)!;
    return { title: t.title, takeaway: t.takeaway, ...(t.method ? { method: t.method } : {}) };
  };
  return {
    'war-timeline': {
      ...text('war-timeline'),
      data: warTimelineData(events, actors, places, sources, chartSelections.warTimeline),
    },
    'counting-the-dead': {
      ...text('counting-the-dead'),
      data: countingTheDeadData(figures, actors, sources, chartSelections.countingTheDead),
    },
    contingent: {
      ...text('contingent'),
      data: contingentData(figures, actors, sources, chartSelections.contingent),
    },
    incidents: {
      ...text('incidents'),
      data: incidentsData(events, places, sources, line, chartSelections.incidents),
    },
    exodus: {
      ...text('exodus'),
      data: exodusData(figures, actors, sources, chartSelections.exodus),
    },
  };
}

/** Every chart's props, computed once per build (once per data version under astro dev). */
export const getChartInputs: () => ReturnType<typeof build> = perDataVersion(build);

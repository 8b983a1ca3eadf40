/**
 * Build-time: every chart's prepared data, title and takeaway, from the validated collections.
 * The story, the chart showcase and the embeds all draw charts from here, so there is one list.
 */
import { getCollection } from 'astro:content';
import type { ChartId } from '../schemas/chartIds.ts';
import type { ChartText } from '../schemas/chartText.ts';
import { chartSelections } from '../lib/chartData/chartSelections.ts';
import { contingentData } from '../lib/chartData/contingentData.ts';
import { countingTheDeadData } from '../lib/chartData/countingTheDeadData.ts';
import { exodusData } from '../lib/chartData/exodusData.ts';
import { incidentsData } from '../lib/chartData/incidentsData.ts';
import { warTimelineData } from '../lib/chartData/warTimelineData.ts';
import { loadGeometry } from '../map/loadGeometry.ts';

async function build() {
  const values = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  const [events, figures, actors, places, sources, texts] = await Promise.all([
    getCollection('events').then(values),
    getCollection('figures').then(values),
    getCollection('actors').then(values),
    getCollection('places').then(values),
    getCollection('sources').then(values),
    getCollection('charts').then(values),
  ]);
  const line = loadGeometry(['loc-2020'])['loc-2020']!;
  const text = (id: ChartId) => {
    const t = (texts as ChartText[]).find((c) => c.id === id)!;
    return { title: t.title, takeaway: t.takeaway };
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

let cached: ReturnType<typeof build> | undefined;

/** Every chart's props, computed once per build. */
export function getChartInputs(): ReturnType<typeof build> {
  cached ??= build();
  return cached;
}

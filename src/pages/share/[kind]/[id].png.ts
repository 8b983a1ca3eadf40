/**
 * Build-time: one 1200×630 PNG share card per chapter (with the chapter's first map) and per chart
 * (its title and takeaway), referenced by the og:image tags of the story and the embeds.
 */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../data/charts.ts';
import { getDataset } from '../../../data/dataset.ts';
import {
  shareCardDefaults,
  shareCardSvg,
  type ShareCardInput,
} from '../../../lib/share/shareCardSvg.ts';
import { shareImageSize, type ShareKind } from '../../../lib/share/sharePath.ts';
import { loadGeometry } from '../../../map/build/loadGeometry.ts';
import { renderStaticMap } from '../../../map/build/staticMap.ts';
import { mapGazetteer, mapStepOf } from '../../../lib/story/mapStepOf.ts';

interface Props {
  card: ShareCardInput;
}

export const getStaticPaths = (async () => {
  const [data, charts] = await Promise.all([getDataset(), getCharts()]);
  const gazetteer = mapGazetteer(data.places.values());
  const chapters = data.chapters.map((chapter) => {
    // The same "map step" as the map embeds: the first step of the chapter without a chart.
    const step = data.steps.find((s) => s.chapter === chapter.id && !s.chart);
    // Its map part as the story and the embed make it; the card draws no annotations.
    const part = step && mapStepOf(step, gazetteer);
    const map = part
      ? renderStaticMap({
          geometry: loadGeometry(part.live.layers),
          layers: part.live.layers,
          places: part.places,
          highlight: part.live.highlight,
          camera: part.live.camera,
          width: shareCardDefaults.mapWidth,
          height: shareImageSize.height,
        })
      : undefined;
    const card: ShareCardInput = {
      title: chapter.title,
      kicker: `Chapter ${chapter.number} · ${chapter.period}`,
      text: chapter.summary,
      ...(map ? { map } : {}),
    };
    return { params: { kind: 'chapter' satisfies ShareKind, id: chapter.id }, props: { card } };
  });
  const chartCards = [...charts.values()].map((chart) => {
    const card: ShareCardInput = { title: chart.title, kicker: 'Chart', text: chart.takeaway };
    return { params: { kind: 'chart' satisfies ShareKind, id: chart.id }, props: { card } };
  });
  return [...chapters, ...chartCards];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const png = new Resvg(shareCardSvg(props.card), {
    // @see https://github.com/thx/resvg-js#usage — text renders only with fonts loaded.
    font: { loadSystemFonts: true, defaultFontFamily: shareCardDefaults.fontFamily },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Build-time: the embed list of this build, from the validated story and chart registry. Never
 * ships to the browser.
 */
import { getCharts } from '../data/charts.ts';
import { getDataset } from '../data/dataset.ts';
import { perDataVersion } from '../data/perDataVersion.ts';
import { embedEntries, type EmbedEntry, type EmbedKind } from './embedEntries.ts';

/** Every embed of the site (see embedEntries), computed once per build (per data version in dev). */
export const getEmbeds: () => Promise<EmbedEntry[]> = perDataVersion(async () => {
  const [{ chapters, steps }, charts] = await Promise.all([getDataset(), getCharts()]);
  return embedEntries({
    chartIds: [...charts.keys()],
    charts: Object.fromEntries(charts),
    chapters,
    steps,
  });
});

/** `getStaticPaths` for the pages and documents of one kind of embed: `{ params: { id } }`. */
export async function embedPaths(kind: EmbedKind) {
  return (await getEmbeds())
    .filter((e) => e.kind === kind)
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * The list of embeddable sections, derived from the story's own registry: one chart embed per
 * chart id, one map embed per chapter that has map steps. Pages, the gallery, the oEmbed documents
 * and the story's "Embed this" controls all read this list, so there is no second list to keep.
 */

/** What an embed shows. */
export type EmbedKind = 'chart' | 'map';

/** One embeddable section. */
export interface EmbedEntry {
  kind: EmbedKind;
  /** Chart id (chart embeds) or chapter id (map embeds). */
  id: string;
  /** `<kind>/<id>`: the id an embed reports in its height messages. */
  key: string;
  /** Site-relative address of the embed page, with its trailing slash. */
  path: string;
  /** Shown as the embed's title and in the iframe's `title`. */
  title: string;
  /** One sentence: the chart's takeaway or the chapter's summary. */
  summary: string;
  /** Site-relative link back into the full story (target of "Read the full story"). */
  storyHref: string;
  /** Map embeds: the chapter's map steps, in reading order. Empty for charts. */
  stepIds: string[];
  /** Height, px, the iframe starts at before the embed reports its own (see embedDefaults). */
  height: number;
}

/** What {@link embedEntries} reads: the chart registry, chart words, chapters and steps. */
export interface EmbedRegistryInput {
  chartIds: readonly string[];
  charts: Readonly<Record<string, { title: string; takeaway: string }>>;
  chapters: readonly { id: string; number: number; title: string; summary: string }[];
  steps: readonly { id: string; chapter: string; chart?: { id: string } | undefined }[];
}

export const embedDefaults = {
  /** Column width, px, the oEmbed size and initial heights assume (a typical article column). */
  width: 640,
  /**
   * Starting heights at that width, px. Only a first guess so that hosts without our loader (or
   * with scripts stripped) show something sensible; measured embeds then report their real height.
   */
  chartHeight: 900,
  mapHeight: 1100,
} as const;

/**
 * Every embed: charts first (in registry order), then chapter maps (in chapter order). Chapters
 * without a map step have no map embed. A chart's story link goes to the first step showing it, or
 * to the charts page when no step does.
 */
export function embedEntries(
  input: EmbedRegistryInput,
  options: { chartHeight?: number; mapHeight?: number } = {},
): EmbedEntry[] {
  const o = { ...embedDefaults, ...options };
  const charts = input.chartIds.map((id): EmbedEntry => {
    const text = input.charts[id];
    if (!text)
      throw new Error(
        `embedEntries: chart "${id}" has no title (expected an entry in data/story/charts.json)`,
      );
    const step = input.steps.find((s) => s.chart?.id === id);
    return {
      kind: 'chart',
      id,
      key: `chart/${id}`,
      path: `/embed/chart/${id}/`,
      title: text.title,
      summary: text.takeaway,
      storyHref: step ? `/#${step.id}` : `/charts/#chart-${id}`,
      stepIds: [],
      height: o.chartHeight,
    };
  });
  const maps = input.chapters.flatMap((chapter): EmbedEntry[] => {
    const inChapter = input.steps.filter((s) => s.chapter === chapter.id);
    const mapSteps = inChapter.filter((s) => !s.chart);
    if (mapSteps.length === 0) return [];
    return [
      {
        kind: 'map',
        id: chapter.id,
        key: `map/${chapter.id}`,
        path: `/embed/map/${chapter.id}/`,
        title: chapter.title,
        summary: chapter.summary,
        storyHref: `/#${inChapter[0]!.id}`,
        stepIds: mapSteps.map((s) => s.id),
        height: o.mapHeight,
      },
    ];
  });
  return [...charts, ...maps];
}

/** The entry for `kind`/`id`; the error names the value received and the ids allowed. */
export function findEmbed(entries: readonly EmbedEntry[], kind: EmbedKind, id: string): EmbedEntry {
  const entry = entries.find((e) => e.kind === kind && e.id === id);
  if (!entry) {
    const allowed = entries.filter((e) => e.kind === kind).map((e) => e.id);
    throw new Error(`No ${kind} embed "${id}" (expected one of: ${allowed.join(', ') || 'none'})`);
  }
  return entry;
}

import { z } from 'zod';
import { chartIds } from './chartIds.ts';
import { chartSelectionSchemas, type ChartId, type ChartSelection } from './chartSelection.ts';
import { textWithRefs } from './common.ts';

/** The most characters a chart's takeaway may take, as read (references expanded). */
export const CHART_TAKEAWAY_MAX = 300;

/** The fields every chart's entry has, whatever the chart. */
const chartWords = {
  /** Title shown above the chart. */
  title: z.string().min(3).max(60),
  /** One sentence in our words: what the reader should take away. */
  takeaway: textWithRefs(20, CHART_TAKEAWAY_MAX),
  /**
   * Optional note on how the chart's records were chosen, shown under it (e.g. that a list of
   * incidents is the ones we recorded, not a count of all), so the chart never claims more than
   * its data can show.
   */
  method: z.string().min(20).max(400).optional(),
};

/** The entry of one chart: its words and which records it shows. */
const chartEntrySchema = <I extends ChartId>(id: I) =>
  z.strictObject({
    /** Which chart (see src/charts/registry.ts). */
    id: z.literal(id),
    ...chartWords,
    /** Which series or events the chart shows (see src/schemas/chartSelection.ts). */
    selection: chartSelectionSchemas[id],
  });

/** One entry of data/story/charts.json, for the chart `I`. */
export type ChartTextOf<I extends ChartId> = {
  id: I;
  title: string;
  takeaway: string;
  method?: string | undefined;
  selection: ChartSelection<I>;
};

/** One entry of data/story/charts.json. */
export type ChartText = { [I in ChartId]: ChartTextOf<I> }[ChartId];

/**
 * What editors decide about a chart, in data/story/charts.json: its title, one-sentence takeaway
 * and optional method note, and its `selection` (whose fields depend on the chart, by `id`).
 */
export const chartTextSchema = z.discriminatedUnion(
  'id',
  chartIds.map(chartEntrySchema) as unknown as [
    ReturnType<typeof chartEntrySchema>,
    ...ReturnType<typeof chartEntrySchema>[],
  ],
) as unknown as z.ZodType<ChartText>;

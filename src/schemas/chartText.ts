import { z } from 'zod';
import { chartIds } from './chartIds.ts';

/** The editor-owned words around a chart: its title and one-sentence takeaway. */
export const chartTextSchema = z.strictObject({
  /** Which chart (see src/schemas/chartIds.ts). */
  id: z.enum(chartIds),
  /** Title shown above the chart. */
  title: z.string().min(3).max(60),
  /** One sentence in our words: what the reader should take away. */
  takeaway: z.string().min(20).max(300),
  /**
   * Optional note on how the chart's records were chosen, shown under it (e.g. that a list of
   * incidents is the ones we recorded, not a count of all), so the chart never claims more than
   * its data can show.
   */
  method: z.string().min(20).max(400).optional(),
});

export type ChartText = z.infer<typeof chartTextSchema>;

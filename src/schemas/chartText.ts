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
});

export type ChartText = z.infer<typeof chartTextSchema>;

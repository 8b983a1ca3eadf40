import { chartSelectionSchemas, type ChartId } from './chartSelection.ts';

export type { ChartId };

/**
 * Every chart a story step (or an embed) can show: the keys of the selection schemas, in the
 * order of the chart registry (src/charts/registry.ts, which a test holds to the same list).
 */
export const chartIds = Object.keys(chartSelectionSchemas) as ChartId[];

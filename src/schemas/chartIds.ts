/** Every chart a story step (or an embed) can show. */
export const chartIds = [
  'war-timeline',
  'counting-the-dead',
  'contingent',
  'incidents',
  'exodus',
] as const;
export type ChartId = (typeof chartIds)[number];

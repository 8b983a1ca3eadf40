/** The pages the bench and the budgets measure: the story and one embed of each kind. */
export const benchPages = {
  story: '/',
  // The war timeline is the chart embed with the most marks and the only one that animates.
  'chart-embed': '/embed/chart/war-timeline/',
  // The 44-day war is the map chapter with the most camera moves.
  'map-embed': '/embed/map/the-44-day-war/',
} as const;

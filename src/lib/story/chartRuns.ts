/** What chartRuns needs of a step. */
export interface RunStep {
  chapter?: string | undefined;
  chart?: { id: string; placement?: 'graphic' | 'text' | undefined } | undefined;
}

/**
 * The story's steps in runs: consecutive steps of one chapter that show the same chart in the
 * graphic panel form one run, drawn once and kept in the panel while the steps change its state;
 * every other step is a run of its own. Returns the runs in order, each a list of step indices.
 */
export function chartRuns(steps: readonly RunStep[]): number[][] {
  const key = (s: RunStep) =>
    s.chart && s.chart.placement !== 'text' ? `${s.chapter ?? ''}\u0000${s.chart.id}` : undefined;
  const runs: number[][] = [];
  steps.forEach((step, i) => {
    const k = key(step);
    const last = runs[runs.length - 1];
    if (k !== undefined && last && key(steps[last[last.length - 1]!]!) === k) last.push(i);
    else runs.push([i]);
  });
  return runs;
}

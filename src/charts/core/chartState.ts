import { isPartialDate } from './chartDate.ts';

/**
 * What part of a chart the story wants shown. Every chart reads the same two optional keys from
 * its element's `data-state` attribute (JSON); each chart documents what they mean for it:
 *
 * - `until`: a date (YYYY-MM-DD, YYYY-MM or YYYY): show what had happened or been reported by then.
 * - `step`: a whole number ≥ 0: how many of the chart's layers to show, in build-up order
 *   (0 = only the frame, and any step past the last = everything).
 * - `part`: a whole number ≥ 1, for a chart of panels stacked one above the other: draw only
 *   panel `part` (1 = the top one), the drawing cut to it (./chartParts.ts). A story panel shows
 *   the part its step is about, large enough to read, instead of the whole chart shrunk to fit;
 *   charts of one panel ignore it.
 *
 * `{}` (or no attribute) is the finished chart. A state is a description, not a command: drawing
 * the same state twice, or jumping straight to it, gives the same picture as arriving step by step.
 */
export interface ChartState {
  until?: string;
  step?: number;
  part?: number;
}

/** Outcome of reading a `data-state` attribute: the state, and what was wrong with it, if anything. */
export interface ParsedState {
  state: ChartState;
  problems: string[];
}

/** Reads a `data-state` attribute value. Bad keys are dropped (and reported) rather than breaking the chart. */
export function parseChartState(raw: string | null | undefined): ParsedState {
  if (raw === null || raw === undefined || raw.trim() === '') return { state: {}, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      state: {},
      problems: [`data-state ${JSON.stringify(raw)} is not JSON (expected e.g. {"step":2})`],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      state: {},
      problems: [`data-state ${raw} is not an object (expected e.g. {"until":"2020-10-20"})`],
    };
  const record = value as Record<string, unknown>;
  const state: ChartState = {};
  const problems: string[] = [];
  for (const [key, v] of Object.entries(record)) {
    if (key === 'until' && typeof v === 'string' && isPartialDate(v)) state.until = v;
    else if (key === 'step' && typeof v === 'number' && Number.isInteger(v) && v >= 0)
      state.step = v;
    else if (key === 'part' && typeof v === 'number' && Number.isInteger(v) && v >= 1)
      state.part = v;
    else
      problems.push(
        `data-state key "${key}" with value ${JSON.stringify(v)} is ignored (expected "until": a date, "step": a whole number ≥ 0 or "part": a whole number ≥ 1)`,
      );
  }
  return { state, problems };
}

/** Whether two states draw the same picture (so a repeated step can be skipped). */
export function sameState(a: ChartState, b: ChartState): boolean {
  return a.until === b.until && a.step === b.step && a.part === b.part;
}

/** Whether layer `n` (1-based, in build-up order) is shown in `state`. */
export function stepShown(state: ChartState, n: number): boolean {
  return state.step === undefined || state.step >= n;
}

/** Whether panel `n` (1-based, top first) of a chart of stacked panels is drawn in `state`. */
export function partShown(state: ChartState, n: number): boolean {
  return state.part === undefined || state.part === n;
}

/** The flat list of named figures a bench run produces, and how two runs compare. */
import type { Unit } from './formatTable.ts';

/** One measured number with its unit; null when the part that measures it did not run. */
export interface Figure {
  value: number | null;
  unit: Unit;
}

/** Figures by id, e.g. `lighthouse.mobile.story.performance` or `bytes.story-initial.script`. */
export type Figures = Record<string, Figure>;

/** One figure present in both runs whose value changed. */
export interface FigureChange {
  id: string;
  previous: number;
  current: number;
  unit: Unit;
}

/** Figures measured in both runs whose value differs, in the current run's order. */
export function changedFigures(previous: Figures, current: Figures): FigureChange[] {
  const out: FigureChange[] = [];
  for (const [id, { value, unit }] of Object.entries(current)) {
    const before = previous[id]?.value;
    if (value === null || before === null || before === undefined || before === value) continue;
    out.push({ id, previous: before, current: value, unit });
  }
  return out;
}

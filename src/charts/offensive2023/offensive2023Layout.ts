import { layoutCivilians, type CiviliansLayout } from '../countingTheDead/civiliansLayout.ts';
import type { Offensive2023Data, Offensive2023Options } from './offensive2023Types.ts';

/**
 * The dead of September 2023: each side's count of its own dead as bars, one per report, every
 * report dated and under its reporter's heading, all on one scale and never added together.
 * States: `step` n = the first n series (in turn, as the story reveals each side's toll; default:
 * all); `until` = only reports dated by then.
 */
export const defaults: Offensive2023Options = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  rowHeight: 24,
  text: { title: 'Killed in the offensive of 19–20 September 2023, as each side counted its own' },
};

/** The chart laid out. */
export interface Offensive2023Layout {
  options: Offensive2023Options;
  height: number;
  bars: CiviliansLayout;
}

/** Lays out the chart at `options.width` (the bars panel of “Counting the dead”, on its own). */
export function layoutOffensive2023(
  data: Offensive2023Data,
  o: Offensive2023Options,
): Offensive2023Layout {
  const bars = layoutCivilians(data.series, o, o.margin, o.text.title);
  return { options: o, height: bars.bottom + o.margin, bars };
}

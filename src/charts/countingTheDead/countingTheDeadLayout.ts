import type { BaseOptions } from '../core/chartSpec.ts';
import type { ReportedSeries } from '../core/reported.ts';
import { layoutCivilians, type CiviliansLayout } from './civiliansLayout.ts';
import { layoutTolls, type TollsLayout } from './tollsLayout.ts';

/** A series of the tolls panel: official (step 1) or an independent tally (step 2). */
export interface TollSeries extends ReportedSeries {
  role: 'official' | 'independent';
}

/** Input of "Counting the dead", as prepared by src/lib/chartData/countingTheDeadData.ts. */
export interface CountingTheDeadData {
  /** Dead (military, or all) over time: each side's official counts and independent tallies. */
  tolls: TollSeries[];
  /** Civilian dead, each side's reports. */
  civilians: ReportedSeries[];
}

/** Options of "Counting the dead". */
export interface CountingTheDeadOptions extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  /** Height of the tolls plot area, px, at the narrowest and widest layouts. */
  plotHeight: { narrow: number; wide: number };
  /** Height of one bar row in the civilians panel, px. */
  rowHeight: number;
  text: { tolls: string; civilians: string; monthOnly: string; hedged: string };
}

/**
 * Counting the dead: how each side's toll grew, report by report (step lines through dated
 * reports, independent tallies beside them), and each side's civilian count as bars. States:
 * `step` 1 = official tolls, 2 = + independent tallies, 3 = + civilians (default: all);
 * `until` = only reports dated by then.
 */
export const defaults: CountingTheDeadOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  plotHeight: { narrow: 200, wide: 260 },
  rowHeight: 24,
  text: {
    tolls: 'The war dead, report by report',
    civilians: 'Civilians killed, as each side reported them',
    monthOnly: 'Dated to the month only',
    hedged: 'Open marker: “more than”, “at least” or “about”',
  },
};

/** Both panels laid out one above the other. */
export interface CountingTheDeadLayout {
  options: CountingTheDeadOptions;
  height: number;
  tolls: TollsLayout;
  civilians: CiviliansLayout;
}

/** Lays out both panels at `options.width`. */
export function layoutCountingTheDead(
  data: CountingTheDeadData,
  options: CountingTheDeadOptions,
): CountingTheDeadLayout {
  const tolls = layoutTolls(data.tolls, options, options.margin);
  const civilians = layoutCivilians(
    data.civilians,
    options,
    tolls.bottom + (data.tolls.length ? 28 : 0),
  );
  return { options, height: civilians.bottom + options.margin, tolls, civilians };
}

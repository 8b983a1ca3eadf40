/**
 * The data and options types of “Counting the dead”, in their own module so its layouts, scenes and
 * data preparation import them without importing each other.
 */
import type { BaseOptions } from '../core/chartSpec.ts';
import type { ReportedSeries } from '../core/reported.ts';

/** A series of the tolls panel: official (step 1) or an independent tally (step 2). */
export interface TollSeries extends ReportedSeries {
  role: 'official' | 'independent';
}

/** Data of "Counting the dead", as prepared by ./prepareCountingTheDead.ts. */
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
  /** Below this width each line is named at its end instead of in a legend, px. */
  directLabelsBelow: number;
  /** Height of one bar row in the civilians panel, px. */
  rowHeight: number;
  text: { tolls: string; civilians: string; monthOnly: string; hedged: string };
}

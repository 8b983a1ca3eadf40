/**
 * The data and options types of “The exodus”, in their own module so its layouts, scenes and
 * data preparation import them without importing each other.
 */
import type { BaseOptions } from '../core/chartSpec.ts';
import type { ReportedSeries } from '../core/reported.ts';

/** Data of "The exodus", as prepared by ./prepareExodus.ts. */
export interface ExodusData {
  /** The population estimate the counts are measured against (its latest value is used). */
  population?: ReportedSeries;
  /** Running counts of people displaced. */
  displaced: ReportedSeries;
}

/** Options of "The exodus". */
export interface ExodusOptions extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  barHeight: number;
  rowGap: number;
}

/**
 * The data and options types of “The dead of September 2023”, in their own module so its layout,
 * scene and data preparation import them without importing each other.
 */
import type { BaseOptions } from '../core/chartSpec.ts';
import type { ReportedSeries } from '../core/reported.ts';

/** Input of the chart: each side's count of its own dead, report by report. */
export interface Offensive2023Data {
  series: ReportedSeries[];
}

/** Options of the chart. */
export interface Offensive2023Options extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  /** Height of one bar row, px. */
  rowHeight: number;
  text: { title: string };
}

/**
 * The data and options types of “The contingent”, in their own module so its layouts, scenes and
 * data preparation import them without importing each other.
 */
import type { BaseOptions } from '../core/chartSpec.ts';
import type { ReportedValue } from '../core/reported.ts';

/** A number the statement allowed (servicemen, armoured personnel carriers, vehicles). */
export interface AllowedCount {
  id: string;
  unit: string;
  value: ReportedValue;
}

/** Observation posts as reported on one date; any count may be missing. */
export interface PostReport {
  date: string;
  open?: ReportedValue;
  temporary?: ReportedValue;
  closed?: ReportedValue;
  temporaryClosed?: ReportedValue;
}

/** Data of "The contingent", as prepared by ./prepareContingent.ts. */
export interface ContingentData {
  allowed: AllowedCount[];
  posts: PostReport[];
  /** Who reported the posts ("Russian MoD"). */
  postsReporter: string;
}

/** Options of "The contingent". */
export interface ContingentOptions extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  /** Things per square in the unit chart. */
  per: number;
  square: number;
  squareGap: number;
  maxColumns: number;
  postsHeight: number;
  text: {
    allowed: string;
    perSquare: string;
    publishedBy: string;
    posts: string;
    open: string;
    temporary: string;
    closed: string;
    temporaryClosed: string;
    monthOnly: string;
  };
}

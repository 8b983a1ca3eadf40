import type { Qualifier } from './formatValue.ts';
import type { Party, Speaker } from './party.ts';

/**
 * One reported number, as charts receive it from their data preparation
 * (src/charts/prepare/reportedSeries.ts).
 */
export interface ReportedValue {
  /** Partial date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  value: number;
  upper?: number;
  qualifier: Qualifier;
  reporter: Speaker;
}

/** A series of numbers reported over time by one side (or one outlet). */
export interface ReportedSeries {
  id: string;
  /** Full label from the data, naming who reported it ("…, as reported by …"). */
  label: string;
  /** A few words for a label beside the line on a narrow chart ("Armenia: bodies examined"). */
  shortLabel?: string;
  unit: string;
  /** Colour: the side of whoever reported it. */
  party: Party;
  values: ReportedValue[];
}

/**
 * The data and options types of “Incidents on the line”, in their own module so its layouts, scenes and
 * data preparation import them without importing each other.
 */
import type { NameMode } from '../../lib/placeName.ts';
import type { BaseOptions } from '../core/chartSpec.ts';

/** One incident, as prepared by ./prepareIncidents.ts. */
export interface Incident {
  id: string;
  date: string;
  title: string;
  category: string;
  inCluster: boolean;
  /** Place the distance was measured from (absent when the event names none with coordinates). */
  place?: string;
  /** That place's name in every naming convention (`place` is its English form). */
  placeNames?: Record<NameMode, string>;
  /** Distance to the 2020 line, km, rounded. */
  distanceKm?: number;
  /** Measured to a part of the line we drew approximately. */
  approximate?: boolean;
}

/** Data of "Incidents on the line". */
export interface IncidentsData {
  /** First and last month (YYYY-MM). */
  from: string;
  to: string;
  cluster?: { from: string; to: string };
  incidents: Incident[];
}

/** Options of "Incidents on the line". */
export interface IncidentsOptions extends BaseOptions {
  margin: number;
  fontSize: number;
  smallFontSize: number;
  lineHeight: number;
  rowHeight: number;
  text: {
    strip: string;
    incident: string;
    incidents: string;
    distances: string;
    noPlace: string;
    line: string;
    approximate: string;
  };
}

import type { Site } from '../../schemas/site.ts';
import { dateStart, type Located, type ParsedDataset } from './crossCheck.ts';
import type { Problem } from './problem.ts';

/** A dated record, found while looking for the newest one. */
interface Dated {
  date: string;
  where: string;
}

/** The newest date in the data: events (start, end, claims), figure values and sources. */
export function newestDate(
  data: Pick<ParsedDataset, 'events' | 'figures' | 'sources'>,
): Dated | undefined {
  const label = (l: Located<{ id: string }>, path: string) =>
    `${l.file} › #${l.index + 1} (${l.record.id}) › ${path}`;
  let newest: Dated | undefined;
  // A partial date counts from its first day ("2026-11" from 1 November), so a month-precision
  // event does not force the editor to date the page at the month's end.
  const see = (date: string | null | undefined, where: string) => {
    if (date && (!newest || dateStart(date) > dateStart(newest.date))) newest = { date, where };
  };
  for (const e of data.events) {
    see(e.record.date, label(e, 'date'));
    see(e.record.endDate, label(e, 'endDate'));
    e.record.claims.forEach((c, i) => see(c.date, label(e, `claims[${i}].date`)));
  }
  for (const f of data.figures)
    f.record.values.forEach((v, i) => see(v.date, label(f, `values[${i}].date`)));
  for (const s of data.sources) see(s.record.date, label(s, 'date'));
  return newest;
}

/** Checks that the site's "last updated" day is not earlier than anything the data dates. */
export function checkLastUpdated(
  { lastUpdated }: Site,
  file: string,
  data: Pick<ParsedDataset, 'events' | 'figures' | 'sources'>,
): Problem[] {
  const newest = newestDate(data);
  if (!newest || dateStart(newest.date) <= lastUpdated) return [];
  return [
    {
      file,
      path: 'lastUpdated',
      message: `${lastUpdated} is earlier than the newest dated record, ${newest.date} at ${newest.where} (expected lastUpdated on or after ${dateStart(newest.date)}: change it to the day you last brought the facts up to date)`,
    },
  ];
}

/**
 * Dates in the data are written at the precision known ("2020-10-03", "2020-12", "2021"). Charts
 * need instants: these helpers turn a partial date into the UTC start, middle or end of the period
 * it names, and format it back for labels. (Pure and dependency-free: this ships to the browser.)
 */

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Precision of a partial date. */
export type Precision = 'day' | 'month' | 'year';

interface Parsed {
  y: number;
  m?: number;
  d?: number;
}

function parse(date: string): Parsed {
  const match = PARTS.exec(date);
  if (!match) throw new Error(`"${date}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return {
    y: Number(match[1]),
    m: match[2] === undefined ? undefined : Number(match[2]),
    d: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/** Whether `date` is a partial date these helpers accept. */
export function isPartialDate(date: string): boolean {
  return PARTS.test(date);
}

/** The precision a partial date is written at. */
export function precisionOf(date: string): Precision {
  const { m, d } = parse(date);
  return d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
}

/** UTC ms at the start of the period: "2020-12" → 1 Dec 2020 00:00. */
export function periodStart(date: string): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** UTC ms at the end of the period (exclusive): "2020-12" → 1 Jan 2021 00:00; a day → the next midnight. */
export function periodEnd(date: string): number {
  const { y, m, d } = parse(date);
  if (d !== undefined) return Date.UTC(y, (m ?? 1) - 1, d) + DAY;
  if (m !== undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** UTC ms at the middle of the period, where a value dated only to a month or year is drawn. */
export function periodMid(date: string): number {
  const { d } = parse(date);
  if (d !== undefined) return periodStart(date);
  return (periodStart(date) + periodEnd(date)) / 2;
}

/**
 * Whether something dated `date` has happened by the end of `until`. A value dated only to a month
 * counts from that month's first day: it is shown as soon as the story reaches that month.
 */
export function onOrBefore(date: string, until: string): boolean {
  return periodStart(date) < periodEnd(until);
}

/** Whole days from `from` to `to` (both day-precision or treated as their first day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((periodStart(to) - periodStart(from)) / DAY);
}

/** The ISO day `n` days after `date`: addDays("2020-09-27", 5) → "2020-10-02". */
export function addDays(date: string, n: number): string {
  return new Date(periodStart(date) + n * DAY).toISOString().slice(0, 10);
}

/** Short label at the date's own precision: "3 Oct", "3 Oct 2020" (withYear), "Dec 2020", "2021". */
export function shortDate(date: string, withYear = false): string {
  const { y, m, d } = parse(date);
  const month = m === undefined ? undefined : MONTHS[m - 1];
  if (!month) return String(y);
  if (d === undefined) return `${month} ${y}`;
  return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
}

/** The month abbreviation of a month number (1–12), for axis labels. */
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? '';
}

/** Months from `from` to `to` inclusive (YYYY-MM), empty when `to` comes first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** A run of months (YYYY-MM) for a label: "Apr 2022", "Mar–Apr 2022", "Dec 2021 – Jan 2022". */
export function monthRange(from: string, to: string): string {
  const name = (m: string) => monthName(Number(m.slice(5)));
  if (from === to) return `${name(from)} ${from.slice(0, 4)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${name(from)}–${name(to)} ${to.slice(0, 4)}`;
  return `${name(from)} ${from.slice(0, 4)} – ${name(to)} ${to.slice(0, 4)}`;
}

import { datePrecision } from '../schemas/common.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats a partial date for readers at its own precision: "15 April 2022", "April 2022", "2022". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const precision = datePrecision(date);
  const month = MONTHS[Number(m) - 1];
  if (precision === 'year' || !month) return y ?? date;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Formats a span compactly: "24–27 March 2022", "30 September – 20 October 2023". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [ys, ms] = start.split('-');
  const [ye, me] = end.split('-');
  if (datePrecision(start) === 'day' && datePrecision(end) === 'day' && ys === ye) {
    const [, , ds] = start.split('-');
    if (ms === me) return `${Number(ds)}–${formatDate(end)}`;
    return `${formatDate(start).replace(` ${ys}`, '')} – ${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

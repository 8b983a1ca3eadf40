/** How a reporter qualified a number (mirrors the figure schema, without importing zod into the browser). */
export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than';

/** A reported number with its qualifier and optional upper bound. */
export interface Reported {
  value: number;
  upper?: number;
  qualifier: Qualifier;
}

/** Groups thousands with commas: 101848 → "101,848". Not locale-dependent, so build and browser agree. */
export function groupDigits(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '−' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
};
const SIGNS: Record<Qualifier, string> = {
  exact: '',
  about: 'c. ',
  'at-least': '≥ ',
  'more-than': '> ',
};

/**
 * A reported number as readers should see it, keeping the reporter's hedge: "more than 5,000",
 * "202–207"; `compact` uses signs ("> 5,000", "c. 90,000") where space is short.
 */
export function formatValue(r: Reported, compact = false): string {
  const range =
    r.upper !== undefined && r.upper !== r.value
      ? `${groupDigits(r.value)}–${groupDigits(r.upper)}`
      : groupDigits(r.value);
  return `${(compact ? SIGNS : WORDS)[r.qualifier]}${range}`;
}

/** Plain-text tables and number formats for the benchmark report. */

/** Renders rows under a header, the first column left-aligned and the rest right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The units a figure can carry; each has one display format. */
export type Unit = 'score' | 'ms' | 'bytes' | 'count' | 'ratio' | 'share' | 'cls';

/** Formats a value in its unit: KB with one decimal (1 KB = 1024 B), whole ms, CLS to 3 places. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'cls':
      return value.toFixed(3);
    case 'ratio':
      return `×${value.toFixed(2)}`;
    case 'share':
      return `${Math.round(value * 100)} %`;
    case 'score':
    case 'count':
      return String(Math.round(value));
  }
}

/** The change from a previous run, in the figure's unit and as a percentage; '' when unknown. */
export function formatChange(
  previous: number | null | undefined,
  current: number | null,
  unit: Unit,
): string {
  if (previous === null || previous === undefined || current === null) return '';
  const diff = current - previous;
  if (diff === 0) return '=';
  const sign = diff > 0 ? '+' : '−';
  const abs = formatValue(Math.abs(diff), unit).replace('×', '');
  const pct = previous === 0 ? '' : ` (${sign}${Math.abs((diff / previous) * 100).toFixed(1)} %)`;
  return `${sign}${abs}${pct}`;
}

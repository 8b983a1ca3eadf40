/** The per-budget report `npm run budgets` prints. */
import type { BudgetResult } from './budgets.ts';
import { formatTable, formatValue, type Unit } from './formatTable.ts';

/** The unit a budget's figure is shown in, from its id. */
export function unitOf(figure: string): Unit {
  if (figure.startsWith('bytes.')) return 'bytes';
  if (figure.endsWith('.cls')) return 'cls';
  if (/\.(tbt|fcp|lcp|speed-index)$/.test(figure)) return 'ms';
  return 'score';
}

const MARK = { pass: 'ok', fail: 'BROKEN', missing: 'NOT MEASURED' } as const;

/** A table of every budget, then a one-line verdict naming how many broke. */
export function formatBudgetReport(results: readonly BudgetResult[]): string {
  const rows = results.map(({ budget, value, status, belowTarget }) => {
    const unit = unitOf(budget.figure);
    const bound = `${budget.kind === 'max' ? '≤' : '≥'} ${formatValue(budget.limit, unit)}`;
    const note =
      status === 'pass' && belowTarget ? `short of target ${formatValue(budget.target, unit)}` : '';
    return [MARK[status], budget.figure, formatValue(value, unit), bound, note || budget.why];
  });
  const broken = results.filter((r) => r.status !== 'pass').length;
  const verdict = broken
    ? `✗ ${broken} of ${results.length} budgets broken.`
    : `✓ All ${results.length} budgets kept.`;
  return `${formatTable(['', 'figure', 'measured', 'budget', 'note'], rows)}\n\n${verdict}`;
}

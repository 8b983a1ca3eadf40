/** The per-budget report `npm run budgets` prints. */
import type { BudgetResult } from './budgets.ts';
import { formatTable, formatValue } from './formatTable.ts';

const MARK = { pass: 'ok', fail: 'BROKEN', missing: 'NOT MEASURED' } as const;

/** A table of every budget, then a one-line verdict naming how many broke. */
export function formatBudgetReport(results: readonly BudgetResult[]): string {
  const rows = results.map(({ budget, value, unit, status, belowTarget }) => {
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

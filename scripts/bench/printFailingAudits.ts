/** Prints the Lighthouse audits that cost points, page by page. */
import type { FailingAudit } from './lighthouseFigures.ts';

/** One block per `<preset>.<page>` with each audit, its score and up to five offending items. */
export function formatFailingAudits(failing: Record<string, readonly FailingAudit[]>): string {
  const blocks: string[] = [];
  for (const [run, audits] of Object.entries(failing)) {
    if (!audits.length) continue;
    const lines = audits.map((a) => {
      const head = `  [${a.category}] ${a.id} (score ${a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}`;
      return [head, ...a.items.map((item) => `      – ${item}`)].join('\n');
    });
    blocks.push(`${run}\n${lines.join('\n')}`);
  }
  return blocks.length ? `Lighthouse audits that cost points:\n${blocks.join('\n')}` : '';
}

/** Writes the failing audits to stdout when there are any. */
export function printFailingAudits(failing: Record<string, readonly FailingAudit[]>): void {
  const text = formatFailingAudits(failing);
  if (text) console.log(`\n${text}`);
}

/**
 * `npm run budgets`: the quick subset of the bench that CI enforces. Serves the existing dist/
 * (`npm test` builds it just before), runs mobile Lighthouse on the story and both embeds and
 * measures bytes, then prints one line per budget and exits 1 when any is broken or unmeasured.
 * Lighthouse giving up on a page for its own reasons is retried (./lighthouseRetry.ts) and listed;
 * a measured breach fails at once.
 * Timing figures (build, long tasks, camera settle) are too noisy to assert; `npm run bench`
 * reports them.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../staticServer.ts';
import { budgets, checkBudgets } from './budgets.ts';
import { formatBudgetReport } from './formatBudgetReport.ts';
import { collectLighthouse, collectLoadBytes } from './collectFigures.ts';
import type { Figures } from './figures.ts';
import type { FailingAudit } from './lighthouseFigures.ts';
import { launchChromium } from '../chromium.ts';
import { printFailingAudits } from './printFailingAudits.ts';
import type { Retry } from './lighthouseRetry.ts';
import { withChrome } from './runLighthouse.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` before `npm run budgets`.');
  process.exit(1);
}

const started = performance.now();
const figures: Figures = {};
const failing: Record<string, FailingAudit[]> = {};
const retries: (Retry & { page: string })[] = [];
const { server, url } = await serveStatic(DIST);
try {
  await withChrome((port) => collectLighthouse(figures, failing, url, ['mobile'], port, retries));
  const browser = await launchChromium();
  try {
    await collectLoadBytes(figures, browser, url);
  } finally {
    await browser.close();
  }
} finally {
  await new Promise((resolve) => (server as Server).close(resolve));
}

const results = checkBudgets(budgets, figures);
console.log(formatBudgetReport(results));
const broken = results.filter((r) => r.status !== 'pass');
// The audits behind a broken score floor are what the person fixing it needs first.
if (broken.length) printFailingAudits(failing);
// Lighthouse's own failures are no breach, but they are worth knowing about.
if (retries.length) {
  console.log(`\nLighthouse runs retried after a tool error (not a budget breach):`);
  for (const r of retries) console.log(`  ${r.page}, attempt ${r.attempt}: ${r.message}`);
}
console.log(`\nBudgets checked in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
process.exit(broken.length ? 1 : 0);

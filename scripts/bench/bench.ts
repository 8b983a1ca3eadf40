/**
 * `npm run bench [-- --quick] [-- --only=build,lighthouse,bytes,scroll,scale]`: builds, validates,
 * serves dist/ like a static host and prints figures (not pass/fail) for the story and two
 * embeds. Results go to bench/results/latest.json plus a timestamped copy; changes since the
 * previous latest.json are printed at the end. `npm run budgets` checks the subset CI enforces.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../staticServer.ts';
import { parseBenchArgs } from './benchOptions.ts';
import { collectLighthouse, collectLoadBytes, collectScroll } from './collectFigures.ts';
import { changedFigures, type Figures } from './figures.ts';
import type { FailingAudit } from './lighthouseFigures.ts';
import { launchChromium } from '../chromium.ts';
import { bytesTable, changesTable, lighthouseTable, timingTable } from './report.ts';
import { readPrevious, writeResults } from './results.ts';
import { withChrome } from './runLighthouse.ts';
import { scaleRun } from './scaleRun.ts';
import { readStorySteps } from './storySteps.ts';
import { timeCommand, validateSelfTime } from './timeCommand.ts';
import { printFailingAudits } from './printFailingAudits.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = `${ROOT}bench/results`;
const SCALE = 10;

const args = process.argv.slice(2);
const options = parseBenchArgs(args);
const started = performance.now();
const startedAt = new Date().toISOString();
const figures: Figures = {};
const failing: Record<string, FailingAudit[]> = {};
const log = (text: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);
const has = (part: (typeof options.parts)[number]) => options.parts.includes(part);

if (has('build')) {
  log('astro build');
  const build = await timeCommand(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build'],
    ROOT,
  );
  figures['build.time'] = { value: build.ms, unit: 'ms' };
  log('validate');
  const validate = await timeCommand(process.execPath, ['scripts/validate.ts'], ROOT);
  figures['validate.time'] = { value: validate.ms, unit: 'ms' };
  figures['validate.self'] = { value: validateSelfTime(validate.output), unit: 'ms' };
}

const { server, url } = await serveStatic(`${ROOT}dist`);
try {
  if (has('lighthouse')) {
    log(`Lighthouse (${options.presets.join(', ')})`);
    await withChrome((port) => collectLighthouse(figures, failing, url, options.presets, port));
  }
  if (has('bytes') || has('scroll')) {
    const browser = await launchChromium();
    try {
      if (has('bytes')) {
        log('bytes on the wire');
        await collectLoadBytes(figures, browser, url);
      }
      if (has('scroll')) {
        log('full scroll of the story (desktop viewport)');
        await collectScroll(figures, browser, url, readStorySteps(new URL(`file://${ROOT}`)));
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await new Promise((resolve) => (server as Server).close(resolve));
}

if (has('scale')) {
  // Both sizes are built in a fresh temp copy, so the ratio compares like with like (the
  // repository's own build reuses Astro's cache in .astro/).
  log(`build and validate in a temp copy, data ×1 and ×${SCALE}`);
  const one = await scaleRun(ROOT, 1);
  const many = await scaleRun(ROOT, SCALE);
  figures['scale.x1.build'] = { value: one.buildMs, unit: 'ms' };
  figures['scale.x10.build'] = { value: many.buildMs, unit: 'ms' };
  figures['scale.build-ratio'] = { value: many.buildMs / one.buildMs, unit: 'ratio' };
  figures['scale.x1.validate'] = { value: one.validateSelfMs, unit: 'ms' };
  figures['scale.x10.validate'] = { value: many.validateSelfMs, unit: 'ms' };
  figures['scale.validate-ratio'] = {
    value:
      one.validateSelfMs && many.validateSelfMs ? many.validateSelfMs / one.validateSelfMs : null,
    unit: 'ratio',
  };
  figures['scale.x10.events'] = { value: many.events, unit: 'count' };
  figures['scale.x10.places'] = { value: many.places, unit: 'count' };
}

const previous = readPrevious(RESULTS);
const durationMs = performance.now() - started;
let commit: string | null = null;
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  // Outside a git checkout the commit is simply not recorded.
}
const stamped = writeResults(RESULTS, {
  startedAt,
  commit,
  args,
  durationMs,
  figures,
  failingAudits: failing,
});

for (const table of [lighthouseTable(figures), bytesTable(figures), timingTable(figures)])
  if (table) console.log(`\n${table}`);
printFailingAudits(failing);
if (previous) console.log(`\n${changesTable(changedFigures(previous.figures, figures))}`);
console.log(`\nBench took ${(durationMs / 1000).toFixed(0)} s. Results: ${stamped}`);

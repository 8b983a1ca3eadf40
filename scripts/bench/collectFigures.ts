/** Measures each part of the bench and adds its figures to one flat record. */
import type { Browser } from 'playwright-core';
import { totalBytesByKind, type TransferRecord } from './byteTotals.ts';
import type { Figures } from './figures.ts';
import type { Unit } from './formatTable.ts';
import { metrics, type FailingAudit } from './lighthouseFigures.ts';
import { summariseLongFrames } from './longFrames.ts';
import { viewports } from '../chromium.ts';
import { measureLoad, measureScroll } from './measurePages.ts';
import { benchPages } from './pages.ts';
import { retryToolErrors, type Retry } from './lighthouseRetry.ts';
import { runLighthouse, type Preset } from './runLighthouse.ts';
import { medianRun, percentile } from './stats.ts';

const put = (figures: Figures, id: string, value: number | null, unit: Unit) => {
  figures[id] = { value, unit };
};

/** Adds `bytes.<scenario>.<kind>` figures. */
export function putBytes(
  figures: Figures,
  scenario: string,
  records: readonly TransferRecord[],
): void {
  for (const [kind, bytes] of Object.entries(totalBytesByKind(records)))
    put(figures, `bytes.${scenario}.${kind}`, bytes, 'bytes');
}

/** MapLibre's main chunk and its worker, by their (hashed) file names. */
export const isMapLibrary = (url: string) =>
  /\/_astro\/maplibre-gl(-worker)?[.-][^/]*\.m?js$/.test(url);

/** Lighthouse runs per page and preset: each figure is their median (stats.ts, medianRun). */
export const LIGHTHOUSE_RUNS = 3;

/**
 * Lighthouse scores and metrics for every bench page in each preset, each the median of
 * {@link LIGHTHOUSE_RUNS} runs: on a small shared machine one run's total blocking time can
 * double with what else the machine does, and a budget should judge the page, not that moment.
 * A run Lighthouse itself gives up on (NO_NAVSTART and the like) is retried a few times;
 * `retries` lists them for the report.
 */
export async function collectLighthouse(
  figures: Figures,
  failing: Record<string, FailingAudit[]>,
  base: string,
  presets: readonly Preset[],
  port: number,
  retries: (Retry & { page: string })[] = [],
  runs = LIGHTHOUSE_RUNS,
): Promise<void> {
  for (const preset of presets)
    for (const [page, path] of Object.entries(benchPages)) {
      const all = [];
      for (let i = 0; i < runs; i++)
        all.push(
          await retryToolErrors(() => runLighthouse(base + path, preset, port), {
            onRetry: (retry) => {
              retries.push({ ...retry, page: `${preset}.${page}` });
              console.warn(
                `Lighthouse gave up on ${preset}.${page} (${retry.code}, attempt ${retry.attempt}); running it again.`,
              );
            },
          }),
        );
      const median = medianRun(all, 'performance');
      const run = { ...median.run, figures: median.figures };
      for (const [name, value] of Object.entries(run.figures)) {
        const unit: Unit = name in metrics ? metrics[name as keyof typeof metrics].unit : 'score';
        put(figures, `lighthouse.${preset}.${page}.${name}`, value, unit);
      }
      failing[`${preset}.${page}`] = run.failing;
    }
}

/**
 * Bytes of the story's first screen (phone and desktop) and of each embed's load. The map
 * library's own figure comes from the map embed once a pointer has reached for it, which loads
 * the same two files as the story without a two-minute scroll, so the budgets can check it quickly.
 */
export async function collectLoadBytes(
  figures: Figures,
  browser: Browser,
  base: string,
): Promise<void> {
  const load = (
    path: string,
    viewport: (typeof viewports)[keyof typeof viewports],
    options?: { reachForMap?: boolean },
  ) => measureLoad(browser, base + path, viewport, options);
  putBytes(figures, 'story-initial-phone', await load(benchPages.story, viewports.phone));
  putBytes(figures, 'story-initial-desktop', await load(benchPages.story, viewports.desktop));
  putBytes(figures, 'chart-embed', await load(benchPages['chart-embed'], viewports.phone));
  // A map embed as it arrives (static first view), then once the reader reaches for it.
  putBytes(figures, 'map-embed', await load(benchPages['map-embed'], viewports.phone));
  const live = await load(benchPages['map-embed'], viewports.phone, { reachForMap: true });
  putBytes(figures, 'map-embed-live', live);
  putBytes(
    figures,
    'map-library',
    live.filter((r) => isMapLibrary(r.url)),
  );
}

/** The full scroll: its bytes, the map library's share, long tasks and camera settle times. */
export async function collectScroll(
  figures: Figures,
  browser: Browser,
  base: string,
  steps: readonly { id: string; map: boolean }[],
): Promise<void> {
  const run = await measureScroll(browser, base + benchPages.story, steps);
  putBytes(figures, 'story-full-scroll', run.records);
  const tasks = run.longTasks;
  put(figures, 'scroll.long-tasks.count', tasks.length, 'count');
  put(
    figures,
    'scroll.long-tasks.total',
    tasks.reduce((a, b) => a + b, 0),
    'ms',
  );
  put(figures, 'scroll.long-tasks.max', tasks.length ? Math.max(...tasks) : 0, 'ms');
  put(figures, 'scroll.long-tasks.over-200', tasks.filter((t) => t > 200).length, 'count');
  // What those long stretches were made of: a low script share points at rendering (WebGL under
  // SwiftShader here), not at code we could split.
  const frames = summariseLongFrames(run.longFrames);
  put(figures, 'scroll.long-frames.over-200', frames.count, 'count');
  put(figures, 'scroll.long-frames.script-share', frames.scriptShare, 'share');
  put(figures, 'scroll.long-frames.longest-script', frames.longestScript?.duration ?? 0, 'ms');
  if (frames.longestScript)
    console.log(
      `  longest script inside a frame over 200 ms: ${frames.longestScript.source}, ${Math.round(frames.longestScript.duration)} ms`,
    );
  const settle = Object.values(run.settleMs);
  put(figures, 'scroll.settle.median', percentile(settle, 50), 'ms');
  put(figures, 'scroll.settle.p95', percentile(settle, 95), 'ms');
  put(figures, 'scroll.settle.steps', settle.length, 'count');
  put(figures, 'scroll.settle.unsettled', run.unsettled.length, 'count');
}

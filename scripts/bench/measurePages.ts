/** Loads and scrolls the built site in Chromium (through playwright-core) and records what happens. */
import type { Browser } from 'playwright-core';
import { viewports } from '../chromium.ts';
import type { TransferRecord } from './byteTotals.ts';
import type { LongFrame } from './longFrames.ts';
import { recordTransfers } from './recordTransfers.ts';

/**
 * Requests of one page load with no scrolling (and, with `reachForMap`, after a pointer over a
 * map embed), once the network has been quiet for 500 ms and any map that started loading is ready.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  { reachForMap = false }: { reachForMap?: boolean } = {},
): Promise<TransferRecord[]> {
  // Without the offline worker: the copies it keeps are fetched after the page has loaded, mostly
  // from the browser's cache, and are not what the first screen costs (README: offline reading).
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const transfers = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    // Elements near the viewport load their code after the page has loaded (see
    // src/client/defineWhenNear.ts); the network can look idle just before that starts.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll(':not(:defined)')].every(
          (el) => el.getBoundingClientRect().top > innerHeight * 2.5,
        ),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    // A map embed starts MapLibre on the reader's intent: a pointer over it.
    if (reachForMap) await page.locator('[data-map-intent]').first().hover();
    // MapLibre starts its worker only after evaluating ~1 MB of script, a pause with no
    // requests that reads as "network idle"; a map that is loading must finish first.
    if (await page.locator('story-map[data-map-state="loading"]').count()) {
      await page.waitForSelector(
        'story-map:is([data-map-state="ready"], [data-map-state="failed"])',
        {
          timeout: 60_000,
        },
      );
      await page.waitForLoadState('networkidle');
    }
    return await transfers.records(page);
  } finally {
    await context.close();
  }
}

/** What a full read of the story cost. */
export interface ScrollMeasurement {
  records: TransferRecord[];
  /** Duration of every long task (> 50 ms on the main thread), ms. */
  longTasks: number[];
  /** Every long animation frame (> 50 ms), with the scripts that ran in it over 5 ms. */
  longFrames: LongFrame[];
  /** Per map step: ms from the step becoming active to its camera settling. */
  settleMs: Record<string, number>;
  /** Steps that never became active, and map steps whose camera did not settle in time. */
  unsettled: string[];
}

/**
 * Runs in the page before any of its scripts: long tasks from the start (buffered), and the
 * moment each step became active and each map step settled (`data-map-step` is set by
 * story-map only once `mapState.moving` is false on that step).
 */
function installProbes() {
  const probe = {
    longTasks: [] as number[],
    longFrames: [] as { duration: number; scripts: { source: string; duration: number }[] }[],
    activated: {} as Record<string, number>,
    settled: {} as Record<string, number>,
  };
  (window as unknown as { __bench: typeof probe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Long Animation Frames say what a long frame spent its time on (Chromium 123+).
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts =
          (entry as PerformanceEntry & { scripts?: { sourceURL: string; duration: number }[] })
            .scripts ?? [];
        probe.longFrames.push({
          duration: entry.duration,
          scripts: scripts.map((s) => ({
            // The file name is enough to tell MapLibre's chunk from ours; hashes are dropped.
            source: (s.sourceURL.split('/').pop() ?? '').replace(/\.[\w-]{8}\.js$/, '.js'),
            duration: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  new MutationObserver((mutations) => {
    const now = performance.now();
    for (const m of mutations) {
      const id = (m.target as Element).getAttribute(m.attributeName ?? '');
      if (!id) continue;
      const times = m.attributeName === 'data-active-step' ? probe.activated : probe.settled;
      times[id] ??= now;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-active-step', 'data-map-step'],
  });
  // The story requests far more than the default 250 Resource Timing entries are kept for.
  performance.setResourceTimingBufferSize(5000);
}

/** Scrolls the story step by step as a reader would, waiting at each map step for the camera. */
export async function measureScroll(
  browser: Browser,
  url: string,
  steps: readonly { id: string; map: boolean }[],
): Promise<ScrollMeasurement> {
  const context = await browser.newContext({ viewport: viewports.desktop });
  try {
    const transfers = recordTransfers(context);
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForSelector('story-scroller.is-enhanced');
    const unsettled: string[] = [];
    for (const step of steps) {
      // Under load a step can miss its IntersectionObserver callback; a reader would nudge the
      // page, so scroll once more before counting the step as never activated.
      let active = false;
      for (let attempt = 0; attempt < 2 && !active; attempt++) {
        await page.evaluate(
          (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
          step.id,
        );
        active = await page
          .waitForFunction(
            (id) =>
              document.querySelector('story-scroller')?.getAttribute('data-active-step') === id,
            step.id,
            { timeout: 10_000 },
          )
          .then(() => true)
          .catch(() => false);
      }
      if (!active) {
        unsettled.push(step.id);
        continue;
      }
      if (!step.map) continue;
      const settled = await page
        .waitForFunction(
          (id) =>
            (document.querySelector('story-map') as HTMLElement | null)?.dataset.mapStep === id,
          step.id,
          { timeout: 20_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!settled) unsettled.push(step.id);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const probe = await page.evaluate(
      () =>
        (
          window as unknown as {
            __bench: {
              longTasks: number[];
              longFrames: LongFrame[];
              activated: Record<string, number>;
              settled: Record<string, number>;
            };
          }
        ).__bench,
    );
    const settleMs: Record<string, number> = {};
    for (const step of steps) {
      const a = probe.activated[step.id];
      const s = probe.settled[step.id];
      if (step.map && a !== undefined && s !== undefined) settleMs[step.id] = Math.max(0, s - a);
    }
    return {
      records: await transfers.records(page),
      longTasks: probe.longTasks,
      longFrames: probe.longFrames,
      settleMs,
      unsettled,
    };
  } finally {
    await context.close();
  }
}

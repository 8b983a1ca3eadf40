/**
 * Budgets `npm run budgets` enforces in CI. `limit` is what CI fails on; `target` is where the
 * figure should be. The gap between them is a margin for noise on shared 2-core runners, so a
 * budget breaks on a real regression rather than on a busy machine. Byte budgets without a
 * stated target are the figures measured when they were set (see `measured`) plus ~10 %.
 */
import type { Figures } from './figures.ts';

/** One budget: a figure and the bound it must keep. */
export interface Budget {
  /** Figure id as `npm run bench` names it. */
  figure: string;
  /** 'max' for sizes and times (at most `limit`), 'min' for scores (at least `limit`). */
  kind: 'max' | 'min';
  limit: number;
  target: number;
  /** Why this bound, in a few words. */
  why: string;
}

const KB = 1024;

/** Every budget, grouped by page. Measured values are from the run of 2026-… on the dev machine. */
export const budgets: Budget[] = [
  // The story's first screen: what every reader pays before scrolling.
  {
    figure: 'bytes.story-initial-phone.script',
    kind: 'max',
    limit: 40 * KB,
    target: 40 * KB,
    why: 'initial JS of the story, gzipped (was 53 KB when set; being reduced)',
  },
  {
    figure: 'bytes.story-initial-phone.document',
    kind: 'max',
    limit: 225 * KB,
    target: 205 * KB,
    why: 'story HTML, gzipped (measured 204 KB + 10 %)',
  },
  {
    figure: 'bytes.story-initial-phone.stylesheet',
    kind: 'max',
    limit: 4.1 * KB,
    target: 3.7 * KB,
    why: 'story CSS, gzipped (measured 3.7 KB + 10 %)',
  },
  {
    figure: 'bytes.story-initial-phone.total',
    kind: 'max',
    limit: 290 * KB,
    target: 262 * KB,
    why: 'everything before scrolling (measured 262 KB + 10 %)',
  },
  {
    figure: 'bytes.map-library.total',
    kind: 'max',
    limit: 440 * KB,
    target: 400 * KB,
    why: 'maplibre-gl + worker, gzipped (measured 435 KB; a MapLibre upgrade must be a choice)',
  },
  // Lighthouse, mobile preset (simulated throttling: a mid-range phone on slow 4G).
  {
    figure: 'lighthouse.mobile.story.performance',
    kind: 'min',
    limit: 90,
    target: 95,
    why: 'story performance score',
  },
  {
    figure: 'lighthouse.mobile.story.accessibility',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic: any failing audit is a bug',
  },
  {
    figure: 'lighthouse.mobile.story.best-practices',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic: any failing audit is a bug',
  },
  {
    figure: 'lighthouse.mobile.story.seo',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic: any failing audit is a bug',
  },
  {
    figure: 'lighthouse.mobile.story.tbt',
    kind: 'max',
    limit: 250,
    target: 150,
    why: 'main thread free for input during load',
  },
  {
    figure: 'lighthouse.mobile.story.cls',
    kind: 'max',
    limit: 0.05,
    target: 0.02,
    why: 'text must not jump while loading',
  },
  {
    figure: 'lighthouse.mobile.chart-embed.performance',
    kind: 'min',
    limit: 95,
    target: 100,
    why: 'a chart embed must not slow its host page',
  },
  {
    figure: 'lighthouse.mobile.chart-embed.accessibility',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic',
  },
  {
    figure: 'lighthouse.mobile.chart-embed.best-practices',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic',
  },
  {
    figure: 'lighthouse.mobile.chart-embed.tbt',
    kind: 'max',
    limit: 250,
    target: 150,
    why: 'main thread free during load',
  },
  {
    figure: 'lighthouse.mobile.chart-embed.cls',
    kind: 'max',
    limit: 0.05,
    target: 0.02,
    why: 'no layout jumps in the host page',
  },
  {
    figure: 'lighthouse.mobile.map-embed.accessibility',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic',
  },
  {
    figure: 'lighthouse.mobile.map-embed.best-practices',
    kind: 'min',
    limit: 100,
    target: 100,
    why: 'deterministic',
  },
  {
    figure: 'lighthouse.mobile.map-embed.cls',
    kind: 'max',
    limit: 0.05,
    target: 0.02,
    why: 'no layout jumps in the host page',
  },
  // Embeds carry `noindex` on purpose (the story is the page to index), so Lighthouse's SEO
  // category fails them by design on is-crawlable; it has no budget here.
];

/** The outcome of one budget. */
export interface BudgetResult {
  budget: Budget;
  value: number | null;
  /** 'missing' when the figure was not measured: a broken measurement must not pass silently. */
  status: 'pass' | 'fail' | 'missing';
  /** True when within the limit but short of the target. */
  belowTarget: boolean;
}

/** Checks each budget against the figures of a run. */
export function checkBudgets(list: readonly Budget[], figures: Figures): BudgetResult[] {
  return list.map((budget) => {
    const value = figures[budget.figure]?.value ?? null;
    if (value === null) return { budget, value, status: 'missing', belowTarget: false };
    const within = (bound: number) => (budget.kind === 'max' ? value <= bound : value >= bound);
    return {
      budget,
      value,
      status: within(budget.limit) ? 'pass' : 'fail',
      belowTarget: !within(budget.target),
    };
  });
}

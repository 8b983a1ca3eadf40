/** Turns a run's figures into the plain-text tables `npm run bench` prints. */
import { byteKinds } from './byteTotals.ts';
import type { FigureChange, Figures } from './figures.ts';
import { formatChange, formatTable, formatValue, type Unit } from './formatTable.ts';
import { categories, metrics } from './lighthouseFigures.ts';
import { benchPages } from './pages.ts';

const cell = (figures: Figures, id: string) => {
  const f = figures[id];
  return f ? formatValue(f.value, f.unit) : '—';
};

/** One row per page and preset: the four scores, then the five metrics. */
export function lighthouseTable(figures: Figures): string | null {
  const rows: string[][] = [];
  for (const preset of ['mobile', 'desktop'])
    for (const page of Object.keys(benchPages)) {
      const base = `lighthouse.${preset}.${page}`;
      if (!Object.keys(figures).some((id) => id.startsWith(`${base}.`))) continue;
      rows.push([
        `${page} (${preset})`,
        ...[...Object.keys(categories), ...Object.keys(metrics)].map((m) =>
          cell(figures, `${base}.${m}`),
        ),
      ]);
    }
  if (!rows.length) return null;
  return formatTable(
    ['Lighthouse', 'Perf', 'A11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'SI'],
    rows,
  );
}

/** One row per load scenario, one column per kind of resource (gzipped bytes). */
export function bytesTable(figures: Figures): string | null {
  const scenarios = [
    ...new Set(
      Object.keys(figures)
        .filter((id) => id.startsWith('bytes.'))
        .map((id) => id.split('.')[1]!),
    ),
  ];
  if (!scenarios.length) return null;
  return formatTable(
    ['Bytes (gzipped)', ...byteKinds, 'total'],
    scenarios.map((s) => [
      s,
      ...[...byteKinds, 'total'].map((k) => cell(figures, `bytes.${s}.${k}`)),
    ]),
  );
}

/** Label per figure id for the two-column tables (scroll, build). */
const labels: Record<string, string> = {
  'scroll.long-tasks.count': 'long tasks during the full scroll',
  'scroll.long-tasks.total': 'long tasks, total',
  'scroll.long-tasks.max': 'longest task',
  'scroll.long-tasks.over-200': 'long tasks over 200 ms',
  'scroll.long-frames.over-200': 'animation frames over 200 ms',
  'scroll.long-frames.script-share': 'script share of those frames',
  'scroll.long-frames.longest-script': 'longest script in those frames',
  'scroll.settle.median': 'step active → map settled, median',
  'scroll.settle.p95': 'step active → map settled, p95',
  'scroll.settle.steps': 'map steps timed',
  'scroll.settle.unsettled': 'steps not activated or not settled in time',
  'build.time': 'astro build',
  'validate.time': 'npm run validate (process)',
  'validate.self': 'npm run validate (checks alone)',
  'scale.x1.build': 'build in a temp copy, data ×1',
  'scale.x10.build': 'build in a temp copy, data ×10',
  'scale.build-ratio': 'build growth ×10 / ×1',
  'scale.x1.validate': 'validate, data ×1 (checks alone)',
  'scale.x10.validate': 'validate, data ×10 (checks alone)',
  'scale.validate-ratio': 'validation growth ×10 / ×1',
  'scale.x10.events': 'events in the ×10 copy',
  'scale.x10.places': 'places in the ×10 copy',
};

/** The scroll and build figures as label/value rows. */
export function timingTable(figures: Figures): string | null {
  const rows = Object.keys(labels)
    .filter((id) => figures[id])
    .map((id) => [labels[id]!, cell(figures, id)]);
  return rows.length ? formatTable(['Timing (reported, not budgeted)', 'value'], rows) : null;
}

/** Every changed figure with its previous and current value. */
export function changesTable(changes: readonly FigureChange[]): string {
  if (!changes.length) return 'No figure changed since the previous run.';
  return formatTable(
    ['Change since previous run', 'before', 'now', 'change'],
    changes.map((c) => [
      c.id,
      formatValue(c.previous, c.unit as Unit),
      formatValue(c.current, c.unit as Unit),
      formatChange(c.previous, c.current, c.unit as Unit),
    ]),
  );
}

/** Reading figures and failing audits out of a Lighthouse result (LHR); no browser involved. */
import type { Unit } from './formatTable.ts';

/** The part of Lighthouse's result these helpers read. @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/understanding-results.md */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: unknown[] };
    }
  >;
  runtimeError?: { code: string; message: string };
}

/** The categories, as figure names, with Lighthouse's category ids. */
export const categories = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best-practices',
  seo: 'seo',
} as const;

/** The metrics reported, with the audit holding each and its unit. */
export const metrics = {
  fcp: { audit: 'first-contentful-paint', unit: 'ms' },
  lcp: { audit: 'largest-contentful-paint', unit: 'ms' },
  tbt: { audit: 'total-blocking-time', unit: 'ms' },
  cls: { audit: 'cumulative-layout-shift', unit: 'cls' },
  'speed-index': { audit: 'speed-index', unit: 'ms' },
} as const satisfies Record<string, { audit: string; unit: Unit }>;

/** Scores as 0–100 and metric values, keyed by figure name; null for anything not measured. */
export function lighthouseFigures(lhr: LhrLike): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [name, id] of Object.entries(categories)) {
    const score = lhr.categories[id]?.score;
    out[name] = score === null || score === undefined ? null : Math.round(score * 100);
  }
  for (const [name, { audit }] of Object.entries(metrics))
    out[name] = lhr.audits[audit]?.numericValue ?? null;
  return out;
}

/** One audit that cost its category points, with what Lighthouse found. */
export interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue: string | null;
  /** Up to five offending items (element, URL or text), shortened for a terminal. */
  items: string[];
}

/** A short, readable name for one item of an audit's details table. */
export function describeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const r = item as Record<string, unknown>;
  // Insights nest a table inside the list; a network tree has no one-line form.
  if (r.type === 'table' && Array.isArray(r.items))
    return r.items.slice(0, 3).map(describeItem).join('; ').slice(0, 240);
  if (r.type === 'list-section' || r.type === 'network-tree') return '';
  type NodeLike = { selector?: string; snippet?: string; explanation?: string; url?: string };
  const node = r.node as NodeLike | undefined;
  const source = r.source as NodeLike | undefined;
  const parts = [
    node?.selector ?? source?.selector,
    node?.snippet ?? source?.snippet,
    node?.explanation,
    typeof r.url === 'string' ? r.url : source?.url,
    r.groupLabel,
    typeof r.duration === 'number' ? `${Math.round(r.duration)} ms` : undefined,
    typeof r.reflowTime === 'number' ? `${Math.round(r.reflowTime)} ms reflow` : undefined,
    r.description,
    r.label,
    r.issue,
    r.directive,
    r.severity,
    typeof r.wastedBytes === 'number' ? `${Math.round(r.wastedBytes / 1024)} KB` : undefined,
    typeof r.wastedMs === 'number' ? `${Math.round(r.wastedMs)} ms` : undefined,
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  const text = parts.length ? parts.join(' · ') : JSON.stringify(item);
  return text.replace(/\s+/g, ' ').slice(0, 240);
}

/**
 * Audits that lower a category: every weighted audit scoring below 1, and for performance also
 * the unweighted diagnostics scoring below 0.9 (they explain the metric scores).
 */
export function failingAudits(lhr: LhrLike): FailingAudit[] {
  const out: FailingAudit[] = [];
  const seen = new Set<string>();
  for (const [name, id] of Object.entries(categories)) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || seen.has(`${name}/${ref.id}`)) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const failing =
        ref.weight > 0 ? audit.score < 1 : name === 'performance' && audit.score < 0.9;
      if (!failing) continue;
      seen.add(`${name}/${ref.id}`);
      out.push({
        category: name,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? null,
        items: (audit.details?.items ?? [])
          .slice(0, 5)
          .map(describeItem)
          .filter((text) => text.length > 0),
      });
    }
  }
  return out;
}

import type { Source } from '../../schemas/source.ts';
import type { SourceRef } from './preparedChart.ts';
import { lookup } from './lookup.ts';

/** The bibliography entries behind source ids, in the order given. */
export function sourceRefs(ids: readonly string[], sources: readonly Source[]): SourceRef[] {
  return ids.map((id) => {
    const s = lookup(sources, id, 'source');
    return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, kind: s.kind };
  });
}

/** All sources of a table, first-cited first, each once. */
export function citedSources(rows: readonly { sources: readonly SourceRef[] }[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const row of rows) for (const s of row.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** Publisher names for a chart's source line, each once, in first-cited order. */
export function publishers(refs: readonly SourceRef[]): string[] {
  return [...new Set(refs.map((r) => r.publisher))];
}

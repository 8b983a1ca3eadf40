import { weakSourceKinds, type SourceKind } from '../../schemas/source.ts';
import type { Located, ParsedDataset } from './crossCheck.ts';
import type { Problem } from './problem.ts';

const label = (l: Located<{ id: string }>) => `#${l.index + 1} (${l.record.id})`;

/**
 * Warnings (not errors) for records whose every source is a reference work or a mirror/repost:
 * such pages point to sources but are not sources (see NEWSROOM.md), so the record needs the
 * original publisher's page or another independent source. Ids whose kind is unknown (a missing
 * or invalid source) are left to the errors that already name them.
 */
export function checkWeakSources(
  data: Pick<ParsedDataset, 'events' | 'figures'>,
  kinds: ReadonlyMap<string, SourceKind>,
): Problem[] {
  const warnings: Problem[] = [];
  const check = (item: Located<{ id: string }>, path: string, ids: readonly string[]) => {
    const known = ids.map((id) => kinds.get(id));
    if (known.length === 0 || known.some((k) => k === undefined || !weakSourceKinds.has(k))) return;
    warnings.push({
      file: item.file,
      path: `${label(item)} › ${path}`,
      message: `rests only on ${ids.map((id, i) => `${id} (${known[i]})`).join(', ')} (expected at least one source that is not a reference work or a mirror/repost: cite the original publisher, with the copy read as retrievedVia)`,
    });
  };
  for (const item of data.events) {
    check(item, 'sources', item.record.sources);
    item.record.claims.forEach((claim, c) => check(item, `claims[${c}].sources`, claim.sources));
  }
  for (const item of data.figures)
    item.record.values.forEach((v, i) => check(item, `values[${i}].sources`, v.sources));
  return warnings;
}

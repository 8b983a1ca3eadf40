import { z } from 'zod';
import { chartSelectionSchemas, selectionRefs } from '../../schemas/chartSelection.ts';
import type { ChartText } from '../../schemas/chartText.ts';
import type { Located } from './crossCheck.ts';
import type { Problem } from './problem.ts';

/** Ids that exist, by kind; null when the file holding them could not be read (no reports then). */
export interface SelectionIds {
  figures: ReadonlySet<string> | null;
  events: ReadonlySet<string> | null;
}

type Ref = { path: string; kind: 'figure' | 'event'; id: string };

/** Every record id in `value`, found through the fields `schema` marks as references. */
function refsIn(schema: z.ZodType, value: unknown, path: string, out: Ref[]): void {
  const kind = selectionRefs.get(schema);
  if (kind) {
    if (typeof value === 'string') out.push({ path, kind, id: value });
  } else if (schema instanceof z.ZodOptional) {
    refsIn(schema.unwrap() as z.ZodType, value, path, out);
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((v, i) => refsIn(schema.element as z.ZodType, v, `${path}[${i}]`, out));
  } else if (schema instanceof z.ZodObject && value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(schema.shape))
      refsIn(field as z.ZodType, (value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
}

const files = { figure: 'data/figures.json', event: 'data/events/' } as const;
const names = { figure: 'figure series', event: 'event' } as const;

/**
 * Reports each figure series or event a chart's `selection` (data/story/charts.json) names that
 * does not exist, at the field that names it.
 */
export function checkChartSelections(
  charts: readonly Located<ChartText>[],
  ids: SelectionIds,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, index, record } of charts) {
    const refs: Ref[] = [];
    refsIn(chartSelectionSchemas[record.id], record.selection, 'selection', refs);
    for (const ref of refs) {
      const known = ref.kind === 'figure' ? ids.figures : ids.events;
      if (!known || known.has(ref.id)) continue;
      problems.push({
        file,
        path: `#${index + 1} (${record.id}) › ${ref.path}`,
        message: `refers to unknown ${names[ref.kind]} "${ref.id}" (expected an id from ${files[ref.kind]})`,
      });
    }
  }
  return problems;
}

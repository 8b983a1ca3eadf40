import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { describeZodIssue, valueAt } from './describeZodIssue.ts';

/** A label for record `index` of a list file: "#3 (parukh)" when the record has an id. */
export function recordLabel(records: unknown, index: number): string {
  const record = Array.isArray(records) ? (records[index] as unknown) : undefined;
  const id =
    record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
      ? (record as { id: string }).id
      : undefined;
  return id ? `#${index + 1} (${id})` : `#${index + 1}`;
}

/** Joins a zod path below the record as "claims[0].actor". */
export function joinPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/**
 * Parses a list file with a zod schema and reports every issue, one problem each.
 * Returns the records that parsed cleanly with their positions (so cross-file checks can still
 * run on them and name where they are).
 */
export function validateRecords<T>(
  file: string,
  input: unknown,
  itemSchema: z.ZodType<T>,
): { records: { index: number; record: T }[]; problems: Problem[] } {
  if (!Array.isArray(input)) {
    return {
      records: [],
      problems: [
        {
          file,
          path: '',
          message: `is not a list (expected a JSON array of records [ {…}, {…} ])`,
        },
      ],
    };
  }
  const records: { index: number; record: T }[] = [];
  const problems: Problem[] = [];
  input.forEach((item: unknown, index) => {
    const result = itemSchema.safeParse(item);
    if (result.success) {
      records.push({ index, record: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const inner = joinPath(issue.path);
      const label = recordLabel(input, index);
      problems.push({
        file,
        path: inner ? `${label} › ${inner}` : label,
        message: describeZodIssue(issue, valueAt(item, issue.path)),
      });
    }
  });
  return { records, problems };
}

import { FILL_IN } from '../scaffold/skeletons.ts';
import type { Problem } from './problem.ts';
import { recordLabel } from './validateRecords.ts';
import type { RawFile } from './rawDataset.ts';

const message = `still holds the ${FILL_IN} placeholder from npm run new (expected the real value; see data/README.md, "Add a record")`;

/** Paths below `value` whose text contains the FILL-IN marker. */
function marked(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(FILL_IN) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => marked(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => marked(v, path ? `${path}.${k}` : k));
  return [];
}

/** Reports every field of a list file or step file still holding a skeleton's marker. */
export function checkPlaceholders(
  files: readonly RawFile[],
  steps: readonly { file: string; text: string }[],
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, json } of files)
    if (Array.isArray(json))
      json.forEach((record: unknown, i) => {
        for (const path of marked(record, ''))
          problems.push({ file, path: `${recordLabel(json, i)} › ${path}`, message });
      });
  for (const { file, text } of steps)
    text.split('\n').forEach((line, i) => {
      if (line.includes(FILL_IN)) problems.push({ file, path: `line ${i + 1}`, message });
    });
  return problems;
}

import { findRefs } from './refs.ts';

/**
 * For each source cited in the story, the id of the first step whose text cites it, in the same
 * order NoteNumbers numbers them (reading order), so a note can link back to where it was cited.
 */
export function firstCitations(
  steps: readonly { id: string; body: string }[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const step of steps)
    for (const ref of findRefs(step.body))
      if (ref.kind === 'source')
        for (const id of ref.target.split(',')) if (!first.has(id)) first.set(id, step.id);
  return first;
}

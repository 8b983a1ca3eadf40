/**
 * Build-time: the story's sources section: the cited sources as numbered notes, each with a way
 * back to where it is first cited, and every other source in the data once, by publisher.
 */
import type { Source } from '../../schemas/source.ts';
import { firstCitations } from './firstCitations.ts';

/** One numbered note. */
export interface StoryNote {
  source: Source;
  /** The note's number (1 for the first source cited on the page). */
  number: number;
  /** Accessible name of the link back to the note's first citation. */
  backLabel: string;
}

/** The sources section of the story. */
export interface StorySources {
  notes: StoryNote[];
  /** Sources in the data that no note cites, by publisher. */
  others: Source[];
}

/**
 * Notes in the order given (NoteNumbers' order after the page's text has been rendered) and the
 * remaining sources. A note first cited in no step was cited by what precedes the story.
 */
export function storySources(
  order: readonly string[],
  steps: readonly { id: string; body: string; heading: string }[],
  sources: ReadonlyMap<string, Source>,
): StorySources {
  const citedIn = firstCitations(steps);
  const heading = new Map(steps.map((s) => [s.id, s.heading]));
  // Numbered by place in `order`, as the text's note links are (a source missing from the data,
  // which the validator reports, leaves a gap rather than shifting the numbers after it).
  const notes = order.flatMap((id, i) => {
    const source = sources.get(id);
    if (!source) return [];
    const step = citedIn.get(id);
    const where = step ? `“${heading.get(step)}”` : 'the opening';
    return [
      {
        source,
        number: i + 1,
        backLabel: `Back to where note ${i + 1} is first cited, in ${where}`,
      },
    ];
  });
  // Each source is listed once on the page: the cited ones as notes, the rest here. (The whole
  // list by publisher repeated every note: ~20 KB gzipped and thousands of nodes for nothing.)
  const others = [...sources.values()]
    .filter((source) => !order.includes(source.id))
    .sort((a, b) => a.publisher.localeCompare(b.publisher));
  return { notes, others };
}

import { findMalformedRefs, findRefs } from '../story/refs.ts';
import { expandTextRefs, type TextRefContext } from '../story/expandRefs.ts';
import { mayExist } from './crossCheck.ts';
import type { Problem } from './problem.ts';
import { recordLabel } from './validateRecords.ts';

/** Ids that references can point at (null where the file holding them is unreadable). */
export interface RefIds {
  places: ReadonlySet<string> | null;
  events: ReadonlySet<string> | null;
  actors: ReadonlySet<string> | null;
  sources: ReadonlySet<string> | null;
  /** Series ids that exist (null when figures.json is unreadable). */
  figureIds: ReadonlySet<string> | null;
  /** Dates of each valid series, for `{figure:id@date}`. */
  figureDates: ReadonlyMap<string, readonly string[]>;
}

/**
 * What is wrong with the references in one text, one message each: malformed tokens, ids that do
 * not exist, figure dates a series has no value for. `citesSources` is false for plain text
 * (summaries, takeaways), where `{source:…}` has no note to point at.
 */
export function refMessages(text: string, ids: RefIds, citesSources: boolean): string[] {
  const messages: string[] = [];
  const kinds = citesSources
    ? '{place:id}, {date:event-id}, {actor:id}, {figure:id} or {source:S01}'
    : '{place:id}, {date:event-id}, {actor:id} or {figure:id}';
  for (const token of findMalformedRefs(text))
    messages.push(`has a malformed reference ${token} (expected ${kinds})`);
  for (const ref of findRefs(text)) {
    const bad = (what: string, from: string) =>
      messages.push(`${ref.token} refers to unknown ${what} (expected an id from ${from})`);
    if (ref.kind === 'place' && !mayExist(ids.places, ref.target)) bad('place', 'data/places.json');
    if (ref.kind === 'date' && !mayExist(ids.events, ref.target)) bad('event', 'data/events/');
    if (ref.kind === 'actor' && !mayExist(ids.actors, ref.target)) bad('actor', 'data/actors.json');
    if (ref.kind === 'source' && !citesSources)
      messages.push(
        `${ref.token} cites sources where no note can show them (expected the sources in the record's sources list; {source:…} works in step text)`,
      );
    else if (ref.kind === 'source')
      for (const id of ref.target.split(','))
        if (!mayExist(ids.sources, id))
          messages.push(
            `${ref.token} cites unknown source "${id}" (expected an id from data/sources.json)`,
          );
    if (ref.kind === 'figure') {
      const [id, date] = ref.target.split('@');
      const dates = ids.figureDates.get(id ?? '');
      if (!mayExist(ids.figureIds, id ?? '')) bad('figure series', 'data/figures.json');
      else if (dates && date && !dates.includes(date))
        messages.push(
          `${ref.token}: series "${id}" has no value dated ${date} (expected one of: ${dates.join(', ')})`,
        );
    }
  }
  return messages;
}

/**
 * Checks the references in a text field of every record of a list file (chapter summaries, chart
 * takeaways, event summaries), naming the record and field: `#2 (the-peacekeepers) › summary`;
 * and, for a text holding references, its length as read once `ctx` expands them (the schema
 * measures texts without any).
 */
export function checkTextRefs(
  raw: { file: string; json?: unknown },
  field: string,
  ids: RefIds,
  length: { max: number; ctx: TextRefContext },
): Problem[] {
  if (!Array.isArray(raw.json)) return [];
  return raw.json.flatMap((item: unknown, index) => {
    const text = (item as Record<string, unknown> | null)?.[field];
    if (typeof text !== 'string') return [];
    const path = `${recordLabel(raw.json, index)} › ${field}`;
    const messages = refMessages(text, ids, false);
    if (findRefs(text).length > 0) {
      const read = expandTextRefs(text, length.ctx).length;
      if (read > length.max)
        messages.push(
          `is too long: ${read} characters as read, references expanded (expected at most ${length.max})`,
        );
    }
    return messages.map((message) => ({ file: raw.file, path, message }));
  });
}

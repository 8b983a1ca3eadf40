import type { Actor } from '../../schemas/actor.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import { formatDateRange } from '../formatDate.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { placeName } from '../placeName.ts';
import { REF_PATTERN, type RefKind } from './refs.ts';

/** Everything references can point at. */
export interface RefContext {
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, Event>;
  actors: ReadonlyMap<string, Actor>;
  figures: ReadonlyMap<string, FigureSeries>;
  /** Numbers notes in order of first citation across the whole page. */
  notes: NoteNumbers;
}

/** Gives each cited source a stable number, the first citation getting 1. */
export class NoteNumbers {
  readonly order: string[] = [];
  number(sourceId: string): number {
    let i = this.order.indexOf(sourceId);
    if (i === -1) i = this.order.push(sourceId) - 1;
    return i + 1;
  }
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** A place name as HTML that the name switcher can change in the browser without a rebuild. */
export function placeNameHtml(place: Place): string {
  const attr = (mode: 'en' | 'hy' | 'az' | 'both') => escapeHtml(placeName(place, mode));
  return `<span class="pn" data-place="${escapeHtml(place.id)}" data-en="${attr('en')}" data-hy="${attr('hy')}" data-az="${attr('az')}" data-both="${attr('both')}">${attr('en')}</span>`;
}

/** What references in plain text (summaries, takeaways) can point at: everything but sources. */
export type TextRefContext = Omit<RefContext, 'notes'>;

/**
 * The words a place, date, actor or figure reference stands for (a place under its English name),
 * or undefined when the id is unknown.
 */
export function refWords(
  kind: Exclude<RefKind, 'source'>,
  target: string,
  ctx: TextRefContext,
): string | undefined {
  switch (kind) {
    case 'place': {
      const place = ctx.places.get(target);
      return place && placeName(place, 'en');
    }
    case 'date': {
      const event = ctx.events.get(target);
      return event && formatDateRange(event.date, event.endDate);
    }
    case 'actor':
      return ctx.actors.get(target)?.shortName;
    case 'figure': {
      const [id, date] = target.split('@');
      const series = ctx.figures.get(id ?? '');
      const value =
        series && (date ? series.values.find((v) => v.date === date) : series.values.at(-1));
      if (!value) return undefined;
      const n = numberFormat.format(value.value);
      return value.upper !== undefined ? `${n}–${numberFormat.format(value.upper)}` : n;
    }
  }
}

const unknown = (kind: RefKind, target: string) =>
  `[unknown ${kind === 'date' ? 'event' : kind} "${target}"]`;

/**
 * Replaces references in plain text (chapter summaries, chart takeaways, event summaries) with
 * their words, so those texts never repeat a name, date or number by hand. Such text cites no
 * sources: a `{source:…}` stays as typed (the validator reports it), as does nothing else.
 */
export function expandTextRefs(text: string, ctx: TextRefContext): string {
  return text.replace(REF_PATTERN, (token, kind: RefKind, target: string) =>
    kind === 'source' ? token : (refWords(kind, target, ctx) ?? unknown(kind, target)),
  );
}

/**
 * Replaces references in story Markdown with escaped HTML built from the data. Unknown ids are
 * left visible as `[unknown place "x"]` (validation fails on them long before a reader sees one).
 */
export function expandRefs(markdown: string, ctx: RefContext): string {
  return markdown.replace(REF_PATTERN, (_token, kind: RefKind, target: string) => {
    if (kind === 'source') return noteMarkers(target, ctx.notes);
    const words = refWords(kind, target, ctx);
    if (words === undefined) return escapeHtml(unknown(kind, target));
    if (kind === 'place') return placeNameHtml(ctx.places.get(target)!);
    if (kind === 'date') {
      const event = ctx.events.get(target)!;
      return `<time datetime="${escapeHtml(event.date)}">${escapeHtml(words)}</time>`;
    }
    return escapeHtml(words);
  });
}

/**
 * Note markers for `{source:S01,S02}`: numbered in the order written (a first citation gets the
 * next number), then shown in ascending order, so a reader never meets "5, 3". The first citation
 * of a source carries an id, so its note can link back to it.
 */
function noteMarkers(target: string, notes: NoteNumbers): string {
  const numbered = target
    .split(',')
    .map((id) => ({ id, first: !notes.order.includes(id), n: notes.number(id) }))
    .sort((a, b) => a.n - b.n);
  const links = numbered.map(({ id, first, n }) => {
    const anchor = first ? ` id="cite-${escapeHtml(id)}"` : '';
    return `<a href="#source-${escapeHtml(id)}"${anchor} class="note-ref" aria-label="Source ${n}">${n}</a>`;
  });
  return `<sup class="notes">${links.join(',')}</sup>`;
}

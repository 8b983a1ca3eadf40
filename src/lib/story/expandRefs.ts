import type { Actor } from '../../schemas/actor.ts';
import type { Event } from '../../schemas/event.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import { formatDateRange } from '../formatDate.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { placeName } from '../placeName.ts';
import { REF_PATTERN } from './refs.ts';

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

/**
 * Replaces references in story Markdown with escaped HTML built from the data. Unknown ids are
 * left visible as `[unknown place "x"]` (validation fails on them long before a reader sees one).
 */
export function expandRefs(markdown: string, ctx: RefContext): string {
  return markdown.replace(REF_PATTERN, (_token, kind: string, target: string) => {
    switch (kind) {
      case 'place': {
        const place = ctx.places.get(target);
        return place ? placeNameHtml(place) : `[unknown place "${escapeHtml(target)}"]`;
      }
      case 'date': {
        const event = ctx.events.get(target);
        if (!event) return `[unknown event "${escapeHtml(target)}"]`;
        return `<time datetime="${escapeHtml(event.date)}">${escapeHtml(formatDateRange(event.date, event.endDate))}</time>`;
      }
      case 'actor': {
        const actor = ctx.actors.get(target);
        return actor ? escapeHtml(actor.shortName) : `[unknown actor "${escapeHtml(target)}"]`;
      }
      case 'figure': {
        const [id, date] = target.split('@');
        const series = ctx.figures.get(id ?? '');
        const value =
          series && (date ? series.values.find((v) => v.date === date) : series.values.at(-1));
        if (!value) return `[unknown figure "${escapeHtml(target)}"]`;
        const n = numberFormat.format(value.value);
        return value.upper !== undefined ? `${n}–${numberFormat.format(value.upper)}` : n;
      }
      case 'source': {
        // Numbered in the order written (a first citation gets the next number), then shown in
        // ascending order, so a reader never meets "5, 3".
        // The first citation of a source carries an id, so its note can link back to it.
        const numbered = target
          .split(',')
          .map((id) => ({ id, first: !ctx.notes.order.includes(id), n: ctx.notes.number(id) }))
          .sort((a, b) => a.n - b.n);
        const links = numbered.map(({ id, first, n }) => {
          const anchor = first ? ` id="cite-${escapeHtml(id)}"` : '';
          return `<a href="#source-${escapeHtml(id)}"${anchor} class="note-ref" aria-label="Source ${n}">${n}</a>`;
        });
        return `<sup class="notes">${links.join(',')}</sup>`;
      }
      default:
        return _token;
    }
  });
}

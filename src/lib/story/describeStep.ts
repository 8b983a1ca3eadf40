import type { Event } from '../../schemas/event.ts';
import type { Place } from '../../schemas/place.ts';
import type { StepFrontMatter } from '../../schemas/step.ts';
import { layers } from '../../map/shared/layers.ts';
import { formatDateRange } from '../formatDate.ts';
import { placeName, type NameMode } from '../placeName.ts';

/** Layers every map shows; naming them in every description would be noise. */
const BACKGROUND = new Set(['countries', 'water']);

/** Joins words as English prose: "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A text description of what a step's graphic shows, generated from the step's data (layers,
 * places, events), for screen readers and as the static map's text alternative. Because it is
 * generated, it cannot drift from what is drawn.
 */
export function describeStep(
  step: StepFrontMatter,
  lookup: {
    places: ReadonlyMap<string, Place>;
    events: ReadonlyMap<string, Event>;
    chartTitle?: string;
  },
  mode: NameMode = 'en',
): string {
  const parts: string[] = [];
  if (step.chart && step.chart.placement !== 'text') {
    parts.push(`Chart: ${lookup.chartTitle ?? step.chart.id}.`);
  } else {
    const shown = step.layers
      .filter((id) => !BACKGROUND.has(id))
      .map((id) => layers[id].label + (layers[id].approximate ? ' (approximate)' : ''));
    parts.push(shown.length ? `Map showing ${listWords(shown)}.` : 'Map of the region.');
    const name = (id: string) => {
      const place = lookup.places.get(id);
      return place ? placeName(place, mode) : id;
    };
    const highlighted = step.highlight.map(name);
    const others = step.places.filter((id) => !step.highlight.includes(id)).map(name);
    if (highlighted.length) parts.push(`Marked: ${listWords(highlighted)}.`);
    if (others.length) parts.push(`Also labelled: ${listWords(others)}.`);
    if (step.chart) parts.push(`Beside the text, chart: ${lookup.chartTitle ?? step.chart.id}.`);
  }
  const dates = step.events
    .map((id) => lookup.events.get(id))
    .filter((e): e is Event => e !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => `${e.title}, ${formatDateRange(e.date, e.endDate)}`);
  if (dates.length) parts.push(`About: ${dates.join('; ')}.`);
  return parts.join(' ');
}

import type { StepFrontMatter } from '../../schemas/step.ts';
import { countMoreMarkers, withoutMoreMarkers } from '../story/splitMore.ts';
import type { Problem } from './problem.ts';
import { mayExist } from './crossCheck.ts';
import { refMessages, type RefIds } from './checkRefs.ts';

/** A parsed step with its body and where it came from. */
export interface LocatedStep {
  file: string;
  step: StepFrontMatter;
  body: string;
}

/** Ids the step references can point at. */
export interface StepRefIds extends RefIds {
  chapters: ReadonlySet<string> | null;
  placesWithCoordinates: ReadonlySet<string>;
  charts: ReadonlySet<string>;
  /** Step ids in reading order (chapters.json); absent: the order the steps are given in. */
  order?: readonly string[];
}

/**
 * Checks story steps against the rest of the data: known chapter, places, events, charts; every
 * reference in the text resolvable; no raw HTML in the text; unique step ids.
 */
export function checkSteps(steps: readonly LocatedStep[], ids: StepRefIds): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  // A chart's element ids are derived from its id, so the story draws each chart once: steps that
  // show it again must follow on directly (same chapter, both in the graphic panel), where the one
  // drawing stays in the panel and only its state changes.
  const chartSeen = new Map<string, string>();
  const position = new Map((ids.order ?? steps.map((s) => s.step.id)).map((id, i) => [id, i]));
  const inOrder = [...steps].sort(
    (a, b) => (position.get(a.step.id) ?? Infinity) - (position.get(b.step.id) ?? Infinity),
  );
  const previous = new Map(inOrder.map((s, i) => [s, i > 0 ? inOrder[i - 1] : undefined]));
  const add = (file: string, path: string, message: string) =>
    problems.push({ file, path, message });

  for (const located of steps) {
    const { file, step, body } = located;
    const first = seen.get(step.id);
    if (first)
      add(
        file,
        'id',
        `the step id "${step.id}" is already used by ${first} (expected every step id to be unique)`,
      );
    else seen.set(step.id, file);

    if (step.chapter !== undefined && !mayExist(ids.chapters, step.chapter))
      add(
        file,
        'chapter',
        `refers to unknown chapter "${step.chapter}" (expected an id from data/story/chapters.json)`,
      );
    step.places.forEach((id, i) => {
      if (!mayExist(ids.places, id))
        add(
          file,
          `places[${i}]`,
          `refers to unknown place "${id}" (expected an id from data/places.json)`,
        );
      else if (ids.places && !ids.placesWithCoordinates.has(id))
        add(
          file,
          `places[${i}]`,
          `"${id}" has no coordinates, so the map cannot show it (expected a place with lat and lon)`,
        );
    });
    step.highlight.forEach((id, i) => {
      if (!step.places.includes(id))
        add(
          file,
          `highlight[${i}]`,
          `"${id}" is highlighted but not shown (expected it in places as well)`,
        );
    });
    step.events.forEach((id, i) => {
      if (!mayExist(ids.events, id))
        add(
          file,
          `events[${i}]`,
          `refers to unknown event "${id}" (expected an id from data/events/)`,
        );
    });
    if (step.chart) {
      const firstChart = chartSeen.get(step.chart.id);
      const before = previous.get(located);
      const continues =
        before?.step.chart?.id === step.chart.id &&
        before.step.chapter === step.chapter &&
        before.step.chart.placement !== 'text' &&
        step.chart.placement !== 'text';
      if (firstChart && !continues)
        add(
          file,
          'chart.id',
          `chart "${step.chart.id}" is already shown by ${firstChart} (expected a chart shown again only by the very next step of the same chapter, both with the chart in the graphic panel, so the one drawing stays in place)`,
        );
      else if (!firstChart) chartSeen.set(step.chart.id, file);
    }
    if (step.chart && !ids.charts.has(step.chart.id))
      add(
        file,
        'chart.id',
        `refers to unknown chart "${step.chart.id}" (expected one of: ${[...ids.charts].join(', ')})`,
      );

    if (!body.trim()) add(file, 'text', 'is empty (expected the step text below the --- block)');
    // The more marker is the one comment a step may hold; a look-alike gets its own message.
    const markup = withoutMoreMarkers(body);
    if (/^[ \t]*<!--\s*more\s*-->[ \t]*$/im.test(markup))
      add(
        file,
        'text',
        'has a "more" marker written differently (expected exactly <!-- more --> on a line of its own)',
      );
    else if (/<[a-zA-Z!/]/.test(markup))
      add(
        file,
        'text',
        'contains HTML (expected plain Markdown; use {place:…}, {date:…} references instead of markup)',
      );
    if (countMoreMarkers(body) > 1)
      add(
        file,
        'text',
        `has ${countMoreMarkers(body)} <!-- more --> lines (expected one: main text above it, detail below)`,
      );
    for (const message of refMessages(body, ids, true)) add(file, 'text', message);
  }
  return problems;
}

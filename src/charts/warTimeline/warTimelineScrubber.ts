/**
 * Ships to the browser (and renders at build time). The war timeline's day scrubber. Moving it
 * (mouse, touch or keyboard; or dragging across the chart) draws the war up to that day and tells
 * the map which places had been claimed captured by then:
 *
 *   document ← HIGHLIGHT_PLACES_EVENT (src/client/events.ts),
 *     { detail: { placeIds: string[], date: 'YYYY-MM-DD', source: <the chart's id> } })
 *
 * Only the reader's scrubbing sends it: a state set by the story is the story's own doing, and the
 * story moves the map itself.
 */
import { emit, HIGHLIGHT_PLACES_EVENT } from '../../client/events.ts';
import { addDays, daysBetween, shortDate } from '../core/chartDate.ts';
import type { ChartControls, ChartHost, RangeControl } from '../core/chartModule.ts';
import type { ChartState } from '../core/chartState.ts';
import { placesClaimed } from './placesClaimed.ts';
import { dayAt, defaults, layoutWarTimeline } from './warTimelineLayout.ts';
import type { WarTimelineData } from './warTimelineTypes.ts';

const SCRUB_MS = 150;

/** The day (0 = the first) a state shows: its `until`, or the last day for the whole war. */
function dayOf(data: WarTimelineData, state: ChartState): number {
  const days = daysBetween(data.start, data.end);
  return state.until ? Math.min(days, Math.max(0, daysBetween(data.start, state.until))) : days;
}

/** The scrubber at `day`: what the input and its output say. */
function rangeAt(data: WarTimelineData, day: number): RangeControl {
  const days = daysBetween(data.start, data.end);
  const date = shortDate(addDays(data.start, day), true);
  return {
    label: 'Move through the war',
    max: days,
    value: day,
    valueText: `${date}, day ${day + 1} of ${days + 1}`,
    output: date,
  };
}

/** Sets the input and output to `day`; returns the date it stands for. */
function sync(host: ChartHost<WarTimelineData>, data: WarTimelineData, day: number): string {
  const input = host.querySelector<HTMLInputElement>('.chart-controls input[type="range"]');
  const output = host.querySelector<HTMLOutputElement>('.chart-controls output');
  const r = rangeAt(data, day);
  if (input) {
    input.value = String(day);
    input.setAttribute('aria-valuetext', r.valueText);
  }
  if (output) output.value = r.output;
  return addDays(data.start, day);
}

/** The war timeline's controls (see src/charts/core/chartModule.ts). */
export const warTimelineScrubber: ChartControls<WarTimelineData> = {
  range: (data, state) => rangeAt(data, dayOf(data, state)),

  connect(host) {
    const controls = host.querySelector<HTMLElement>('.chart-controls');
    const input = controls?.querySelector<HTMLInputElement>('input[type="range"]');
    const canvas = host.querySelector<HTMLElement>('.chart-canvas');
    const data = host.data;
    if (!controls || !input || !canvas || !data) return () => {};
    controls.hidden = false;

    const scrubTo = (day: number) => {
      const until = sync(host, data, day);
      host.chart?.update({ until }, { duration: host.duration(SCRUB_MS) });
      emit(HIGHLIGHT_PLACES_EVENT, {
        placeIds: placesClaimed(data, until),
        date: until,
        // Which chart asked: the element's registry id.
        source: host.dataset.chart,
      });
    };
    const onInput = () => scrubTo(Number(input.value));

    // Dragging across the chart scrubs too, using the same layout as the drawing. The SVG is
    // remembered on press: while the pointer is captured, events target the canvas.
    let drag: { svg: Element; layout: ReturnType<typeof layoutWarTimeline> } | undefined;
    const dayFromPointer = (event: PointerEvent): number => {
      const rect = drag!.svg.getBoundingClientRect();
      return dayAt(
        drag!.layout,
        ((event.clientX - rect.left) * drag!.layout.options.width) / rect.width,
      );
    };
    const onDown = (event: PointerEvent) => {
      const svg = (event.target as Element | null)?.closest?.('svg[data-width]');
      if (!svg) return;
      const width = Number(svg.getAttribute('data-width'));
      drag = { svg, layout: layoutWarTimeline(data, { ...defaults, width }) };
      canvas.setPointerCapture(event.pointerId);
      scrubTo(dayFromPointer(event));
    };
    const onMove = (event: PointerEvent) => {
      if (!drag) return;
      const day = dayFromPointer(event);
      if (String(day) !== input.value) scrubTo(day);
    };
    const onUp = () => {
      drag = undefined;
    };
    input.addEventListener('input', onInput);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onUp);
    return () => {
      input.removeEventListener('input', onInput);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onUp);
      controls.hidden = true;
    };
  },

  // A state from the story moves the scrubber with it (without telling the map).
  drawn(host, state) {
    if (host.data) sync(host, host.data, dayOf(host.data, state));
  },
};

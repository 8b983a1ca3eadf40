/**
 * Ships to the browser. `<chart-war-timeline>`: everything ./chart-element.ts does, plus the
 * scrubber. Moving it (mouse, touch or keyboard; or dragging across the chart) draws the war up to
 * that day and tells the map which places had been claimed captured by then:
 *
 *   document ← HIGHLIGHT_PLACES_EVENT (./events.ts),
 *     { detail: { placeIds: string[], date: 'YYYY-MM-DD', source: 'war-timeline' } })
 *
 * Only the reader's scrubbing sends it: a state set by the story is the story's own doing, and the
 * story moves the map itself.
 */
import { addDays, daysBetween, shortDate } from '../charts/core/chartDate.ts';
import { placesClaimed } from '../charts/warTimeline/placesClaimed.ts';
import { warTimeline, warTimelineSpec } from '../charts/warTimeline/warTimeline.ts';
import { dayAt, defaults, layoutWarTimeline } from '../charts/warTimeline/warTimelineLayout.ts';
import type { WarTimelineData } from '../charts/warTimeline/warTimelineTypes.ts';
import { ChartElement, type ChartBinding } from './chart-element.ts';
import { emit, HIGHLIGHT_PLACES_EVENT } from './events.ts';

const SCRUB_MS = 150;

function sync(
  input: HTMLInputElement,
  output: HTMLOutputElement | null,
  data: WarTimelineData,
  day: number,
): string {
  const days = daysBetween(data.start, data.end);
  const date = addDays(data.start, day);
  input.value = String(day);
  input.setAttribute('aria-valuetext', `${shortDate(date, true)}, day ${day + 1} of ${days + 1}`);
  if (output) output.value = shortDate(date, true);
  return date;
}

class ChartWarTimeline extends ChartElement<WarTimelineData> {
  protected binding: ChartBinding<WarTimelineData> = {
    mount: (target, data, options) => warTimeline(target, data, options),
    startState: warTimelineSpec.startState,
    connect: (element) => {
      const controls = element.querySelector<HTMLElement>('.chart-controls');
      const input = controls?.querySelector<HTMLInputElement>('input[type="range"]');
      const output = controls?.querySelector('output') ?? null;
      const canvas = element.querySelector<HTMLElement>('.chart-canvas');
      const data = element.data;
      if (!controls || !input || !canvas || !data) return () => {};
      controls.hidden = false;

      const scrubTo = (day: number) => {
        const until = sync(input, output, data, day);
        element.chart?.update({ until }, { duration: element.duration(SCRUB_MS) });
        emit(HIGHLIGHT_PLACES_EVENT, {
          placeIds: placesClaimed(data, until),
          date: until,
          source: 'war-timeline',
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
    drawn: (element, state) => {
      const input = element.querySelector<HTMLInputElement>('.chart-controls input[type="range"]');
      const data = element.data;
      if (!input || !data) return;
      const days = daysBetween(data.start, data.end);
      const day = state.until
        ? Math.min(days, Math.max(0, daysBetween(data.start, state.until)))
        : days;
      sync(input, element.querySelector('.chart-controls output'), data, day);
    },
  };
}

if (!customElements.get('chart-war-timeline'))
  customElements.define('chart-war-timeline', ChartWarTimeline);

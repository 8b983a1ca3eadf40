/**
 * Which story step is active, decided by geometry alone: the step whose box holds the trigger
 * line. Counting enter and leave events instead (what scrollama does) goes wrong whenever a step
 * crosses the line between two observations; measuring the boxes cannot.
 */

/** A step's box along the vertical axis, in viewport pixels (`getBoundingClientRect`). */
export interface StepSpan {
  top: number;
  bottom: number;
}

/**
 * The index of the last step whose top is at or above `line` (steps in reading order), so a line
 * in a gap between two steps keeps the earlier one; -1 while the line is above the first step
 * (the reader is still in the introduction). Below the last step it stays on the last one.
 */
export function stepAtLine(spans: readonly StepSpan[], line: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.top <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** True once the line has left the last step (the reader is in what follows the story). */
export function isPastStory(spans: readonly StepSpan[], line: number): boolean {
  const last = spans.at(-1);
  return last !== undefined && line >= last.bottom;
}

/** Where the line crosses a step, as a share of its height: 0 at its top, 1 at its bottom. */
export function shareAtLine(span: StepSpan, line: number): number {
  const height = span.bottom - span.top;
  if (height <= 0) return 0;
  return Math.min(1, Math.max(0, (line - span.top) / height));
}

/**
 * How far to scroll (pixels, positive is down) so the line crosses `span` at `share` of its
 * height again: how the reader keeps their place when a resize or rotation reflows the story.
 */
export function scrollToKeep(span: StepSpan, share: number, line: number): number {
  return span.top + share * (span.bottom - span.top) - line;
}

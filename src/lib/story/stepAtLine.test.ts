import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPastStory, scrollToKeep, shareAtLine, stepAtLine, type StepSpan } from './stepAtLine.ts';

/** Steps of the given heights stacked from `start` (viewport pixels), as the story lays them out. */
function stack(start: number, heights: number[]): StepSpan[] {
  let top = start;
  return heights.map((h) => {
    const span = { top, bottom: top + h };
    top += h;
    return span;
  });
}

describe('stepAtLine', () => {
  const spans = stack(100, [800, 900, 1200]);
  it('is -1 while the line is above the first step', () => {
    expect(stepAtLine(spans, 99)).toBe(-1);
    expect(stepAtLine([], 400)).toBe(-1);
  });
  it('picks the step whose box holds the line, a step taking over at its top edge', () => {
    expect(stepAtLine(spans, 100)).toBe(0);
    expect(stepAtLine(spans, 899)).toBe(0);
    expect(stepAtLine(spans, 900)).toBe(1);
    expect(stepAtLine(spans, 2000)).toBe(2);
  });
  it('keeps the last step below the story, and says the reader is past it', () => {
    expect(stepAtLine(spans, 5000)).toBe(2);
    expect(isPastStory(spans, 5000)).toBe(true);
    expect(isPastStory(spans, 2000)).toBe(false);
  });
  it('keeps the earlier step in a gap between two steps', () => {
    expect(
      stepAtLine(
        [
          { top: 0, bottom: 100 },
          { top: 150, bottom: 300 },
        ],
        120,
      ),
    ).toBe(0);
  });
  it('agrees with a linear scan wherever the story is scrolled', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: 0, max: 2000 }),
        (heights, start, line) => {
          const s = stack(start, heights);
          const expected = s.findLastIndex((span) => span.top <= line);
          expect(stepAtLine(s, line)).toBe(expected);
        },
      ),
    );
  });
});

describe('shareAtLine and scrollToKeep', () => {
  it('measure where the line crosses a step, clamped to the step', () => {
    expect(shareAtLine({ top: 0, bottom: 1000 }, 250)).toBe(0.25);
    expect(shareAtLine({ top: 0, bottom: 1000 }, -10)).toBe(0);
    expect(shareAtLine({ top: 0, bottom: 1000 }, 2000)).toBe(1);
    expect(shareAtLine({ top: 5, bottom: 5 }, 5)).toBe(0);
  });
  it('bring the same share of a reflowed step back to the line', () => {
    // Read a quarter of the way through a 1000 px step, line at 400: the step's top was at 150.
    const share = shareAtLine({ top: 150, bottom: 1150 }, 400);
    // After rotation the step is 2000 px tall, its top at 900, the line now at 590.
    const delta = scrollToKeep({ top: 900, bottom: 2900 }, share, 590);
    expect(delta).toBe(900 + 500 - 590);
    // Scrolling by delta moves the step up by delta: the line crosses it at a quarter again.
    expect(shareAtLine({ top: 900 - delta, bottom: 2900 - delta }, 590)).toBeCloseTo(0.25);
  });
});

import { describe, expect, it } from 'vitest';
import { attachedWordsDefaults, placeAttachedWords, type WordsAt } from './attachedWords.ts';
import type { ScreenBox } from './annotations.ts';

const frame = { width: 400, height: 300 };
const gap = (b: ScreenBox, x: number, y: number) =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const words = (x: number, y: number, ...texts: string[]): WordsAt => ({
  x,
  y,
  variants: texts.map((text) => ({ text, width: text.length * 7 })),
});

describe('placeAttachedWords', () => {
  it('puts words above right of their point, a few px off', () => {
    const [w] = placeAttachedWords([words(200, 150, '9 Oct 2020: claimed')], [], [], frame);
    expect(w!.text).toBe('9 Oct 2020: claimed');
    expect(w!.box.x0).toBeGreaterThanOrEqual(200 - 1);
    expect(w!.box.y1).toBeLessThanOrEqual(150);
    expect(gap(w!.box, 200, 150)).toBeLessThanOrEqual(attachedWordsDefaults.maxGap);
  });

  it('keeps off a country name in the way and stays by its point', () => {
    const name = { x0: 150, y0: 120, x1: 350, y1: 150 };
    const [w] = placeAttachedWords([words(200, 150, 'claimed, with Talish')], [name], [], frame);
    expect(overlaps(w!.box, name)).toBe(false);
    expect(gap(w!.box, 200, 150)).toBeLessThanOrEqual(attachedWordsDefaults.maxGap);
  });

  it('keeps off the diamonds of markers, its own too', () => {
    const [w] = placeAttachedWords(
      [words(200, 150, 'claimed')],
      [],
      [{ x: 200, y: 150, r: 9.2 }],
      frame,
    );
    const b = w!.box;
    const l1 = Math.max(b.x0 - 200, 0, 200 - b.x1) + Math.max(b.y0 - 150, 0, 150 - b.y1);
    expect(l1).toBeGreaterThanOrEqual(9.2);
  });

  it('writes a word shorter where only the short form fits, and leaves out one with no room', () => {
    // A box around the point leaves a 90 px gap on its right, room for "4 Oct" (35 px) only.
    const walls = [
      { x0: 0, y0: 0, x1: 400, y1: 130 },
      { x0: 0, y0: 170, x1: 400, y1: 300 },
      { x0: 0, y0: 0, x1: 195, y1: 300 },
      { x0: 290, y0: 0, x1: 400, y1: 300 },
    ];
    const [short] = placeAttachedWords(
      [words(200, 150, '4 Oct 2020: claimed (Armenia denied)', '4 Oct')],
      walls,
      [],
      frame,
    );
    expect(short!.text).toBe('4 Oct');
    const [none] = placeAttachedWords(
      [words(200, 150, 'claimed')],
      [{ x0: 0, y0: 0, x1: 400, y1: 300 }],
      [],
      frame,
    );
    expect(none).toBeNull();
  });

  it('never puts a word nearer another word’s point, nor over another word', () => {
    const placed = placeAttachedWords(
      [words(200, 150, '17 Oct 2020: claimed', '17 Oct'), words(190, 170, '9 Oct 2020', '9 Oct')],
      [],
      [],
      frame,
    );
    const [a, b] = placed;
    expect(overlaps(a!.box, b!.box)).toBe(false);
    expect(gap(a!.box, 200, 150)).toBeLessThan(gap(a!.box, 190, 170));
    expect(gap(b!.box, 190, 170)).toBeLessThan(gap(b!.box, 200, 150));
  });
});

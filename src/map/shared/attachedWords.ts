/**
 * Ships to the browser, in the map chunk loaded on demand.
 * Places annotation words next to their points, as a graphics editor would: a word sits within a
 * few pixels of its point and nearer to it than to any other annotation's, never over a name, a
 * marker, the legend or another word; where there is no such room it is shortened (a dated
 * marker keeps its date) and, failing that, left out: a word floating far from its mark, or over
 * a country's name, misleads more than a missing one (the legend and the text still explain).
 */
import type { ScreenBox } from './annotations.ts';

/** One way to write a word, with its width in px (measured in its font where possible). */
export interface WordVariant {
  text: string;
  width: number;
}

/** Words to place by a point: their variants, longest (preferred) first. */
export interface WordsAt {
  x: number;
  y: number;
  variants: readonly WordVariant[];
  /**
   * The label of the place at the point, when it has one: the words may also go on from it, on
   * its line or the line under it ("Fuzuli 17 Oct 2020"), which reads as attached however
   * long the name.
   */
  label?: ScreenBox;
  /** Given room first when lower (a marker's date before a route's words). */
  rank?: number;
}

/** Where a word went: the variant shown and its box, or null when it found no room. */
export type AttachedWords = { text: string; box: ScreenBox } | null;

/** A diamond-shaped mark (an annotation marker): centre and half-diagonal, px. */
export interface MarkPoint {
  x: number;
  y: number;
  r: number;
}

/** Options of {@link placeAttachedWords}. */
export interface AttachedWordsOptions {
  /** Height of a line of words, px. */
  lineHeight: number;
  /** Least and greatest distance from a word's box to its point, px. */
  minGap: number;
  maxGap: number;
  /** Space kept between two words, and between a word and a mark, px. */
  spacing: number;
  /** Space kept from the frame's edges, px. */
  edge: number;
  /** Step of the candidate positions, px. */
  step: number;
}

export const attachedWordsDefaults: AttachedWordsOptions = {
  lineHeight: 14.4,
  minGap: 3,
  maxGap: 14,
  spacing: 3,
  edge: 2,
  step: 2,
};

const gapTo = (b: ScreenBox, x: number, y: number) =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/** L1 distance from a point to a box (how far a diamond centred there can grow before touching). */
const l1To = (b: ScreenBox, x: number, y: number) =>
  Math.max(b.x0 - x, 0, x - b.x1) + Math.max(b.y0 - y, 0, y - b.y1);

const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How far words are from what they belong to: their point, or the label of its place. */
const attachment = (w: WordsAt, b: ScreenBox) =>
  Math.min(gapTo(b, w.x, w.y), w.label ? labelGap(b, w.label) : Infinity);

/** Gap between two boxes, px (0 when they touch or overlap). */
const labelGap = (a: ScreenBox, b: ScreenBox) =>
  Math.hypot(Math.max(b.x0 - a.x1, 0, a.x0 - b.x1), Math.max(b.y0 - a.y1, 0, a.y0 - b.y1));

/**
 * The boxes a word of this width may take around (x, y), nearest first: every position on a
 * grid whose box lies between minGap and maxGap of the point. Ties go to above-right, then
 * below-right, then the left side (reading order, and labels of places go right first too).
 * With the place's label, also on from the label's end and on the line under or over it.
 */
function candidates({ x, y, label }: WordsAt, width: number, o: AttachedWordsOptions): ScreenBox[] {
  const h = o.lineHeight;
  const out: { box: ScreenBox; score: number }[] = [];
  if (label) {
    const mid = (label.y0 + label.y1) / 2 - h / 2;
    const along = [
      { x0: label.x1 + 4, y0: mid, score: 5 },
      { x0: label.x0, y0: label.y1 + 1, score: 6 },
      { x0: label.x1 - width, y0: label.y1 + 1, score: 6.5 },
      { x0: label.x0, y0: label.y0 - 1 - h, score: 7 },
      { x0: label.x0 - 4 - width, y0: mid, score: 8 },
    ];
    for (const a of along)
      out.push({ box: { x0: a.x0, y0: a.y0, x1: a.x0 + width, y1: a.y0 + h }, score: a.score });
  }
  for (let x0 = x - width - o.maxGap; x0 <= x + o.maxGap; x0 += o.step)
    for (let y0 = y - h - o.maxGap; y0 <= y + o.maxGap; y0 += o.step) {
      const box = { x0, y0, x1: x0 + width, y1: y0 + h };
      const gap = gapTo(box, x, y);
      if (gap < o.minGap || gap > o.maxGap) continue;
      const left = (x0 + x0 + width) / 2 < x ? 1.5 : 0;
      const below = y0 + h / 2 > y ? 0.75 : 0;
      out.push({ box, score: gap + left + below });
    }
  return out.sort((a, b) => a.score - b.score).map((c) => c.box);
}

/**
 * Places each word by its point (see the module comment), clear of `obstacles` (boxes: names,
 * legend, inset, cards) and `marks` (markers' diamonds), inside the frame. First every word is
 * given room in its shortest form, in order, so as many as possible are shown; then each is
 * written out longer where its longer form still fits. Returned in the given order.
 */
export function placeAttachedWords(
  words: readonly WordsAt[],
  obstacles: readonly ScreenBox[],
  marks: readonly MarkPoint[],
  frame: { width: number; height: number },
  options: Partial<AttachedWordsOptions> = {},
): AttachedWords[] {
  const o = { ...attachedWordsDefaults, ...options };
  const result: AttachedWords[] = words.map(() => null);
  const inside = (b: ScreenBox) =>
    b.x0 >= o.edge &&
    b.y0 >= o.edge &&
    b.x1 <= frame.width - o.edge &&
    b.y1 <= frame.height - o.edge;
  const fits = (i: number, box: ScreenBox) => {
    const w = words[i]!;
    if (!inside(box)) return false;
    if (obstacles.some((b) => overlaps(box, b))) return false;
    if (marks.some((m) => l1To(box, m.x, m.y) < m.r + o.spacing)) return false;
    const own = attachment(w, box);
    // Nearer its own point than any other word's (points shared by two words do not count).
    for (const [k, other] of words.entries())
      if (
        k !== i &&
        Math.hypot(other.x - w.x, other.y - w.y) > 2 &&
        gapTo(box, other.x, other.y) <= own + 1
      )
        return false;
    const s = o.spacing;
    return result.every(
      (p, k) =>
        k === i ||
        !p ||
        !overlaps(box, { x0: p.box.x0 - s, y0: p.box.y0 - s, x1: p.box.x1 + s, y1: p.box.y1 + s }),
    );
  };
  const tryPlace = (i: number, variant: WordVariant) => {
    const w = words[i]!;
    const box = candidates(w, variant.width, o).find((b) => fits(i, b));
    if (box) result[i] = { text: variant.text, box };
    return Boolean(box);
  };
  const order = words
    .map((w, i) => ({ i, rank: w.rank ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.i);
  for (const i of order) {
    const shortest = words[i]!.variants.at(-1);
    if (shortest) tryPlace(i, shortest);
  }
  for (const i of order) {
    const w = words[i]!;
    if (!result[i]) continue;
    for (const variant of w.variants.slice(0, -1)) {
      const before: AttachedWords = result[i] ?? null;
      result[i] = null;
      if (tryPlace(i, variant)) break;
      result[i] = before;
    }
  }
  return result;
}

import type { PartExtent } from '../core/chartParts.ts';
import { formatValue } from '../core/formatValue.ts';
import { unitGrid, type UnitSquare } from '../core/unitGrid.ts';
import { wrapText } from '../core/wrapText.ts';
import { layoutPosts, type PostsLayout } from './postsLayout.ts';
import type { AllowedCount, ContingentData, ContingentOptions } from './contingentTypes.ts';

/**
 * The contingent: what the statement allowed as a unit chart, then observation posts report by
 * report on a time axis (posts in place and posts closed, both counted up from zero). States: `step` 1–3 = the statement's counts one by one,
 * 4 = + observation posts (default: all); `until` = only reports dated by then; `part` 1 = what the
 * statement allowed alone, 2 = the observation posts alone.
 */
export const defaults: ContingentOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  per: 10,
  square: 8,
  squareGap: 2,
  maxColumns: 50,
  postsHeight: 200,
  text: {
    allowed: 'What the 10 November statement allowed',
    perSquare: 'Each square stands for',
    publishedBy: 'As published by',
    posts: 'Observation posts, as reported by',
    open: 'Observation posts',
    temporary: 'Temporary posts',
    closed: 'Posts closed (running total)',
    temporaryClosed: 'Temporary posts closed (running total)',
    monthOnly: 'Dated to the month only',
  },
};

/** A count of the unit chart placed. */
export interface PlacedGroup extends AllowedCount {
  label: { text: string; x: number; y: number }[];
  squares: UnitSquare[];
}

/** Both panels laid out. */
export interface ContingentLayout {
  options: ContingentOptions;
  height: number;
  title: { text: string; x: number; y: number }[];
  note: { text: string; x: number; y: number }[];
  groups: PlacedGroup[];
  posts: PostsLayout;
  /** The two panels' extents, top first (what a state's `part` picks). */
  parts: PartExtent[];
}

/** Lays out "The contingent" at `options.width`. */
export function layoutContingent(data: ContingentData, o: ContingentOptions): ContingentLayout {
  const inner = o.width - 2 * o.margin;
  const title = wrapText(o.text.allowed, inner, o.fontSize, 'bold').map((text, i) => ({
    text,
    x: o.margin,
    y: o.margin + o.fontSize + i * o.lineHeight,
  }));
  let y = o.margin + title.length * o.lineHeight;
  const reporters = [...new Set(data.allowed.map((g) => g.value.reporter.name))].join(', ');
  const note = wrapText(
    `${o.text.perSquare} ${o.per}.${reporters ? ` ${o.text.publishedBy} ${reporters}.` : ''}`,
    inner,
    o.smallFontSize,
  ).map((text, i) => ({ text, x: o.margin, y: y + o.smallFontSize + i * o.lineHeight }));
  y += note.length * o.lineHeight + 10;
  const columns = Math.max(
    1,
    Math.min(o.maxColumns, Math.floor((inner + o.squareGap) / (o.square + o.squareGap))),
  );
  const groups = data.allowed.map((g) => {
    const label = wrapText(`${formatValue(g.value)} ${g.unit}`, inner, o.smallFontSize, 'bold').map(
      (text, i) => ({
        text,
        x: o.margin,
        y: y + o.smallFontSize + i * o.lineHeight,
      }),
    );
    y += label.length * o.lineHeight + 4;
    const grid = unitGrid(g.value.value, o.margin, y, {
      per: o.per,
      size: o.square,
      gap: o.squareGap,
      columns,
    });
    y += grid.height + 14;
    return { ...g, label, squares: grid.squares };
  });
  const posts = layoutPosts(data, o, y + 10);
  return {
    options: o,
    height: posts.bottom + o.margin,
    title,
    note,
    groups,
    posts,
    parts: [
      { top: o.margin, bottom: y - 14 },
      { top: posts.top, bottom: posts.bottom },
    ],
  };
}

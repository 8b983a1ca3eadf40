/** Where an item of a wrapping row (a legend entry) goes. */
export interface FlowPosition {
  x: number;
  row: number;
}

/**
 * Lays items out left to right like words in a paragraph, starting a new row when the next one
 * would pass `maxWidth`. Used for legends, which must wrap on phones.
 */
export function flowLayout(widths: readonly number[], maxWidth: number, gap = 16): FlowPosition[] {
  let x = 0;
  let row = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      row += 1;
    }
    const pos = { x, row };
    x += w + gap;
    return pos;
  });
}

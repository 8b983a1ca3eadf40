/** A point label candidate in screen coordinates. */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Lower numbers are placed first and win collisions. */
  priority: number;
}

/** A placed label: anchor position and text alignment. */
export interface PlacedLabel extends LabelInput {
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Options for {@link placeLabels}. */
export interface LabelOptions {
  fontSize: number;
  /** Average glyph width as a share of the font size (0.56 suits the system sans stacks). */
  charWidth: number;
  /** Gap between the point and its label, px. */
  offset: number;
  width: number;
  height: number;
  /** Boxes no label may overlap (what covers the map, e.g. its legend). */
  avoid: readonly Box[];
}

export const labelDefaults: LabelOptions = {
  fontSize: 13,
  charWidth: 0.56,
  offset: 6,
  width: 800,
  height: 600,
  avoid: [],
};

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: each label tries right, left, above and below its point and takes the
 * first spot that neither overlaps a placed label or point nor leaves the frame. Labels that fit
 * nowhere are dropped (their points stay). Used for build-time SVG maps, where no browser can
 * measure text, so widths are estimated from character counts.
 */
export function placeLabels(
  inputs: readonly LabelInput[],
  options: Partial<LabelOptions> = {},
): PlacedLabel[] {
  const o = { ...labelDefaults, ...options };
  const placed: PlacedLabel[] = [];
  const pointBoxes: Box[] = inputs.map((p) => ({
    x0: p.x - 3,
    y0: p.y - 3,
    x1: p.x + 3,
    y1: p.y + 3,
  }));
  const sorted = [...inputs].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const input of sorted) {
    const w = input.text.length * o.fontSize * o.charWidth;
    const h = o.fontSize * 1.2;
    const { x, y } = input;
    const candidates: {
      labelX: number;
      labelY: number;
      anchor: PlacedLabel['anchor'];
      box: Box;
    }[] = [
      {
        labelX: x + o.offset,
        labelY: y + h * 0.35,
        anchor: 'start',
        box: { x0: x + o.offset, y0: y - h / 2, x1: x + o.offset + w, y1: y + h / 2 },
      },
      {
        labelX: x - o.offset,
        labelY: y + h * 0.35,
        anchor: 'end',
        box: { x0: x - o.offset - w, y0: y - h / 2, x1: x - o.offset, y1: y + h / 2 },
      },
      {
        labelX: x,
        labelY: y - o.offset,
        anchor: 'middle',
        box: { x0: x - w / 2, y0: y - o.offset - h, x1: x + w / 2, y1: y - o.offset },
      },
      {
        labelX: x,
        labelY: y + o.offset + h * 0.8,
        anchor: 'middle',
        box: { x0: x - w / 2, y0: y + o.offset, x1: x + w / 2, y1: y + o.offset + h },
      },
    ];
    const fits = candidates.find(
      (c) =>
        c.box.x0 >= 0 &&
        c.box.y0 >= 0 &&
        c.box.x1 <= o.width &&
        c.box.y1 <= o.height &&
        !placed.some((p) => overlaps(p.box, c.box)) &&
        !pointBoxes.some((b) => overlaps(b, c.box)) &&
        !o.avoid.some((b) => overlaps(b, c.box)),
    );
    if (fits) placed.push({ ...input, ...fits });
  }
  return placed;
}

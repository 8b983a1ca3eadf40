/**
 * Ships to the browser, in the map chunk loaded on demand (and used by the static maps at build).
 * Step annotations with their points resolved to lon/lat, the geometry both renderers draw (an
 * arrow's head is built in lon/lat, so the SVG and MapLibre draw the same shape) and the legend
 * words for each kind of mark.
 */
import type { Annotation, AnnotationSide } from '../../schemas/annotation.ts';
import type { ColorToken } from '../../styles/tokens.ts';

type LonLat = [number, number];

/** An annotation whose points are coordinates. */
export type ResolvedAnnotation =
  | { type: 'label'; at: LonLat; text: string }
  | { type: 'arrow'; from: LonLat; to: LonLat; side: AnnotationSide; text?: string }
  | { type: 'route'; path: LonLat[]; style: RouteStyle; text?: string }
  | { type: 'marker'; at: LonLat; date: string; text: string; side: AnnotationSide };

export type RouteStyle = 'road' | 'old-road' | 'exodus';

/** Colour of each side's marks: the chart colours, which hold 4.5:1 as text. */
export const SIDE_COLORS: Record<AnnotationSide, ColorToken> = {
  armenian: 'chartArmenia',
  azerbaijani: 'chartAzerbaijan',
  russian: 'chartRussia',
  neutral: 'text',
};

/** How each route style is stroked (px; dashes in px like the layer registry). */
export const ROUTE_STYLES: Record<
  RouteStyle,
  { color: ColorToken; width: number; dash?: number[] }
> = {
  road: { color: 'text', width: 3 },
  'old-road': { color: 'muted', width: 2.5, dash: [5, 4] },
  exodus: { color: 'accent', width: 3.5, dash: [8, 4] },
};

/** Width of an arrow's line, px (each route style has its own, above). */
export const ARROW_WIDTH = 2.5;

/** Legend words for each kind of mark. */
export const ANNOTATION_LEGEND = {
  road: 'Road in use',
  'old-road': 'Road given up',
  exodus: 'Route of the exodus',
  'arrow-armenian': 'Movement as the Armenian side described it',
  'arrow-azerbaijani': 'Movement as the Azerbaijani side described it',
  'arrow-russian': 'Movement as Russia’s defence ministry described it',
  'arrow-neutral': 'Movement reported by the sources',
  'marker-armenian': 'Dated event: the Armenian side’s account',
  'marker-azerbaijani': 'Dated event: the Azerbaijani side’s account',
  'marker-russian': 'Dated event: Russia’s account',
  'marker-neutral': 'Dated event',
} as const;

export type AnnotationKey = keyof typeof ANNOTATION_LEGEND;

/** The legend key an annotation needs (labels need none: they explain themselves). */
export function annotationKey(a: ResolvedAnnotation): AnnotationKey | null {
  if (a.type === 'route') return a.style;
  if (a.type === 'arrow') return `arrow-${a.side}`;
  if (a.type === 'marker') return `marker-${a.side}`;
  return null;
}

/** The colour token of an annotation's key. */
export function annotationColor(key: AnnotationKey): ColorToken {
  if (key in ROUTE_STYLES) return ROUTE_STYLES[key as RouteStyle].color;
  const side = key.split('-')[1] as AnnotationSide;
  return SIDE_COLORS[side];
}

/**
 * Resolves place ids to coordinates; an annotation naming a place without coordinates is left
 * out (the validator reports it).
 */
export function resolveAnnotations(
  list: readonly Annotation[],
  coordinates: ReadonlyMap<string, LonLat>,
): ResolvedAnnotation[] {
  const at = (p: string | readonly [number, number]): LonLat | null =>
    typeof p === 'string' ? (coordinates.get(p) ?? null) : [p[0], p[1]];
  const out: ResolvedAnnotation[] = [];
  for (const a of list) {
    if (a.type === 'label' || a.type === 'marker') {
      const point = at(a.at);
      if (point) out.push({ ...a, at: point });
    } else if (a.type === 'arrow') {
      const from = at(a.from);
      const to = at(a.to);
      if (from && to) out.push({ ...a, from, to });
    } else {
      const path = a.path.map(at);
      if (path.every((p) => p !== null)) out.push({ ...a, path: path as LonLat[] });
    }
  }
  return out;
}

/** Every lon/lat an annotation uses (for checking it lies in the step's view). */
export function annotationPoints(a: ResolvedAnnotation): LonLat[] {
  if (a.type === 'route') return a.path;
  if (a.type === 'arrow') return [a.from, a.to];
  return [a.at];
}

/**
 * An arrow as lines in lon/lat: the shaft, and a head of two strokes at its tip, a quarter of the
 * shaft long (at most 0.03°, ≈ 3 km), 28° either side.
 */
export function arrowLines(from: LonLat, to: LonLat): LonLat[][] {
  const k = Math.cos((to[1] * Math.PI) / 180);
  const dx = (to[0] - from[0]) * k;
  const dy = to[1] - from[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return [[from, to]];
  const head = Math.min(0.25 * len, 0.03);
  const angle = Math.atan2(dy, dx);
  const wing = (turn: number): LonLat => [
    to[0] - (head * Math.cos(angle + turn)) / k,
    to[1] - head * Math.sin(angle + turn),
  ];
  const spread = (28 * Math.PI) / 180;
  return [
    [from, to],
    [wing(spread), to, wing(-spread)],
  ];
}

/** "2022-03-24" → "24 Mar 2022" (month or year precision kept). */
export function shortDate(date: string): string {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const [y, m, d] = date.split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(' ');
}

/** A box in screen px. */
export interface ScreenBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Words to place next to a point. */
export interface AnnotationWords {
  x: number;
  y: number;
  text: string;
}

/** Where words went: their box, and the text anchor to draw them with. */
export interface PlacedWords extends AnnotationWords {
  box: ScreenBox;
  anchor: 'start' | 'end';
  /** Baseline of the text. */
  baseline: number;
}

/**
 * Places annotation words beside their points, and always inside the frame: the first of the
 * spots around the point (above right, below right, above left, below left, right, left, above,
 * below, then lines one to three further out, at five places across) that stays inside the frame and clear of the obstacles
 * (place points and labels, a legend over the map) and of words already placed; else the first
 * of those spots that is clear once slid inside the frame; then the same ignoring the `lesser`
 * obstacles (e.g. where labels go in a naming convention other than the default); else, slid
 * inside, the spot that overlaps least. Both renderers use it, with their own obstacles and sizes.
 */
export function placeAnnotationWords(
  words: readonly AnnotationWords[],
  obstacles: readonly ScreenBox[],
  frame: { width: number; height: number },
  fontSize = 12,
  charWidth = 0.6,
  lesser: readonly ScreenBox[] = [],
): PlacedWords[] {
  const placed: PlacedWords[] = [];
  const h = fontSize * 1.2;
  const edge = 2;
  const inside = (b: ScreenBox) =>
    b.x0 >= edge && b.x1 <= frame.width - edge && b.y0 >= edge && b.y1 <= frame.height - edge;
  const slideIn = (b: ScreenBox): ScreenBox => {
    const dx = Math.max(edge - b.x0, Math.min(0, frame.width - edge - b.x1));
    const dy = Math.max(edge - b.y0, Math.min(0, frame.height - edge - b.y1));
    return { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
  };
  const overlapArea = (a: ScreenBox, b: ScreenBox) =>
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
    Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  // The longest words first: they have the fewest spots that fit. Returned in the given order.
  const byLength = words
    .map((w, i) => ({ w, i }))
    .sort((a, b) => b.w.text.length - a.w.text.length);
  const result: PlacedWords[] = new Array<PlacedWords>(words.length);
  for (const { w, i } of byLength) {
    const len = Math.min(w.text.length * fontSize * charWidth, frame.width - 2 * edge);
    const near = [
      { dx: 8, dy: -h - 4, anchor: 'start' as const },
      { dx: 8, dy: 6, anchor: 'start' as const },
      { dx: -8, dy: -h - 4, anchor: 'end' as const },
      { dx: -8, dy: 6, anchor: 'end' as const },
      { dx: 10, dy: -h / 2, anchor: 'start' as const },
      { dx: -10, dy: -h / 2, anchor: 'end' as const },
      { dx: -len / 2, dy: -h - 8, anchor: 'start' as const },
      { dx: -len / 2, dy: 8, anchor: 'start' as const },
    ];
    // Then one, two and three lines further out, each line with the words starting right of the
    // point, ending left of it, centred on it, or a quarter or three quarters across it.
    const far = [1, 2, 3].flatMap((k) =>
      [-h - 4 - k * (h + 4), 6 + k * (h + 4)].flatMap((dy) =>
        [
          { dx: 8, anchor: 'start' as const },
          { dx: -8, anchor: 'end' as const },
          { dx: -len / 2, anchor: 'start' as const },
          { dx: -len / 4, anchor: 'start' as const },
          { dx: (-3 * len) / 4, anchor: 'start' as const },
        ].map((s) => ({ ...s, dy })),
      ),
    );
    const spots = [...near, ...far].map((s) => {
      const x0 = s.anchor === 'start' ? w.x + s.dx : w.x + s.dx - len;
      const y0 = w.y + s.dy;
      return { anchor: s.anchor, box: { x0, y0, x1: x0 + len, y1: y0 + h } };
    });
    // Words already placed are kept a few units off: the font's real extent differs a little.
    const taken = [
      ...obstacles,
      ...placed.map(({ box: b }) => ({ x0: b.x0 - 3, y0: b.y0 - 3, x1: b.x1 + 3, y1: b.y1 + 3 })),
    ];
    const clashWith = (list: readonly ScreenBox[]) => (b: ScreenBox) =>
      list.reduce((sum, o) => sum + overlapArea(b, o), 0);
    const clash = clashWith([...taken, ...lesser]);
    const hardClash = clashWith(taken);
    // Words slid against an edge grow away from it, should the text be wider than estimated.
    const slid = spots.map((s) => {
      const box = slideIn(s.box);
      if (box.x0 === s.box.x0) return { ...s, box };
      const anchor: 'start' | 'end' = box.x0 <= edge ? 'start' : 'end';
      return { anchor, box };
    });
    const spot =
      spots.find((s) => inside(s.box) && clash(s.box) === 0) ??
      slid.find((s) => clash(s.box) === 0) ??
      spots.find((s) => inside(s.box) && hardClash(s.box) === 0) ??
      slid.find((s) => hardClash(s.box) === 0) ??
      slid.reduce((best, s) => (hardClash(s.box) < hardClash(best.box) ? s : best));
    const done = {
      ...w,
      box: spot.box,
      anchor: spot.anchor,
      baseline: spot.box.y1 - fontSize * 0.25,
    };
    placed.push(done);
    result[i] = done;
  }
  return result;
}

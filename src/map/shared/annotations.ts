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

/** The words one annotation writes on a map, and the point they belong to. */
export interface AnnotationWords {
  at: LonLat;
  /** Ways to write them, longest (preferred) first: a marker's date alone last. */
  texts: string[];
  key: AnnotationKey | null;
  /** Given room first when lower: a marker's date before a label's or a route's words. */
  rank: number;
}

/**
 * The words of an annotation, as both renderers place them: a marker's date and text (or its
 * date alone, where there is no room: a marker without its date says little), a label's text,
 * a route's words at its middle point and an arrow's at its tail. None for a route or arrow
 * without text.
 */
export function annotationWords(a: ResolvedAnnotation): AnnotationWords[] {
  const key = annotationKey(a);
  if (a.type === 'marker') {
    const date = shortDate(a.date);
    return [{ at: a.at, texts: [`${date}: ${a.text}`, date], key, rank: 0 }];
  }
  if (a.type === 'label') return [{ at: a.at, texts: [a.text], key: null, rank: 1 }];
  if (!a.text) return [];
  const at = a.type === 'arrow' ? a.from : a.path[Math.floor(a.path.length / 2)]!;
  return [{ at, texts: [a.text], key, rank: 1 }];
}

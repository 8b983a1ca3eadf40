/**
 * Ships to the browser, in the map chunk loaded on demand.
 * A step's annotations on the live map: routes and arrows as lines in the `annotations` GeoJSON
 * source (one constant-colour style layer per kind, see mapStyle.ts), markers and words as DOM
 * over the canvas, each word by its point or not at all (placeAttachedWords).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import {
  annotationKey,
  annotationWords,
  arrowLines,
  type ResolvedAnnotation,
  type ScreenBox,
} from '../shared/annotations.ts';
import { placeAttachedWords, type MarkPoint, type WordVariant } from '../shared/attachedWords.ts';

/** Id of the GeoJSON source holding the current step's annotation lines. */
export const ANNOTATION_SOURCE = 'annotations';

/** The lines of a step's annotations, each feature carrying its legend key. */
export function annotationLines(list: readonly ResolvedAnnotation[]): FeatureCollection {
  const features = list.flatMap((a) => {
    const key = annotationKey(a);
    const lines =
      a.type === 'route' ? [a.path] : a.type === 'arrow' ? arrowLines(a.from, a.to) : [];
    return lines.map((coordinates) => ({
      type: 'Feature' as const,
      properties: { key },
      geometry: { type: 'LineString' as const, coordinates },
    }));
  });
  return { type: 'FeatureCollection', features };
}

interface Item {
  at: [number, number];
  /** The ways to write the words, longest first (a marker's date alone last); none for a marker. */
  texts: string[];
  key: string | null;
  marker: boolean;
  /** Given room first when lower (annotationWords). */
  rank: number;
  node: HTMLElement;
}

/** Font size of the words, px (StoryMap.astro), for the estimate where nothing can measure. */
const FONT_SIZE = 12;
/** Half the diagonal of a marker (10 px square, 1.5 px border, turned 45°), px. */
const MARKER_RADIUS = 9.2;

/** Markers and words of the current step's annotations, as DOM. */
export class AnnotationLayer {
  readonly element: HTMLElement;
  private items: Item[] = [];
  /** Width of each way of writing each word, px, measured once per step. */
  private widths = new Map<string, number>();

  constructor(parent: HTMLElement) {
    this.element = parent.ownerDocument.createElement('div');
    this.element.className = 'map-annotations';
    this.element.setAttribute('aria-hidden', 'true');
    parent.append(this.element);
  }

  /** Shows a step's annotations: its lines in the map's source, its words and markers here. */
  set(map: Pick<MapLibreMap, 'getSource'>, list: readonly ResolvedAnnotation[]): void {
    (map.getSource?.(ANNOTATION_SOURCE) as GeoJSONSource | undefined)?.setData(
      annotationLines(list),
    );
    for (const item of this.items) item.node.remove();
    const doc = this.element.ownerDocument;
    this.items = list
      .flatMap((a): Omit<Item, 'node'>[] => [
        ...(a.type === 'marker'
          ? [{ at: a.at, texts: [], key: annotationKey(a), marker: true, rank: 0 }]
          : []),
        ...annotationWords(a).map((w) => ({ ...w, marker: false })),
      ])
      .map((item) => {
        const node = doc.createElement('span');
        node.className = item.marker ? 'map-annotation-marker' : 'map-annotation-text';
        if (item.key) node.classList.add(item.key);
        node.textContent = item.texts[0] ?? '';
        this.element.append(node);
        return { ...item, node };
      });
    this.widths = this.measure();
  }

  /**
   * The width of every way of writing the words, in the words' own font (a canvas measures it;
   * where there is none, an estimate that errs wide).
   */
  private measure(): Map<string, number> {
    const widths = new Map<string, number>();
    const word = this.items.find((i) => !i.marker);
    const ctx = word ? this.element.ownerDocument.createElement('canvas').getContext?.('2d') : null;
    if (ctx && word && typeof getComputedStyle === 'function')
      ctx.font = getComputedStyle(word.node).font;
    for (const text of this.items.flatMap((i) => i.texts))
      widths.set(text, ctx ? ctx.measureText(text).width + 2 : text.length * FONT_SIZE * 0.62);
    return widths;
  }

  /**
   * Places the markers and words for the current camera: each word by its point, clear of the
   * obstacles (place points and labels, country names, what covers the map) and of the
   * markers, shortened or left out where there is no room (placeAttachedWords).
   */
  render(
    map: Pick<MapLibreMap, 'project' | 'getContainer'>,
    obstacles: readonly ScreenBox[],
    labels: readonly { x: number; y: number; box: ScreenBox }[] = [],
  ): void {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const at = (item: Item) => map.project(item.at);
    const marks: MarkPoint[] = [];
    for (const item of this.items.filter((i) => i.marker)) {
      const p = at(item);
      marks.push({ x: p.x, y: p.y, r: MARKER_RADIUS });
      item.node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%) rotate(45deg)`;
    }
    const words = this.items.filter((i) => !i.marker);
    const placed = placeAttachedWords(
      words.map((item) => {
        const p = at(item);
        const variants: WordVariant[] = item.texts.map((text) => ({
          text,
          width: this.widths.get(text) ?? text.length * FONT_SIZE * 0.62,
        }));
        // The label of the place the words are about, if it is shown (same point).
        const label = labels.find((l) => Math.hypot(l.x - p.x, l.y - p.y) < 1)?.box;
        return { x: p.x, y: p.y, variants, rank: item.rank, ...(label ? { label } : {}) };
      }),
      obstacles,
      marks,
      { width, height },
    );
    placed.forEach((p, n) => {
      const node = words[n]!.node;
      node.hidden = !p;
      if (!p) return;
      if (node.textContent !== p.text) node.textContent = p.text;
      node.style.transform = `translate(${p.box.x0.toFixed(1)}px, ${p.box.y0.toFixed(1)}px)`;
    });
  }

  destroy(): void {
    this.element.remove();
    this.items = [];
  }
}

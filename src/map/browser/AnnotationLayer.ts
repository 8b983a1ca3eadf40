/**
 * Ships to the browser, in the map chunk loaded on demand.
 * A step's annotations on the live map: routes and arrows as lines in the `annotations` GeoJSON
 * source (one constant-colour style layer per kind, see mapStyle.ts), markers and words as DOM
 * over the canvas, placed like the static maps' (src/map/build/staticMap.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import {
  annotationKey,
  arrowLines,
  placeAnnotationWords,
  shortDate,
  type ResolvedAnnotation,
  type ScreenBox,
} from '../shared/annotations.ts';

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
  text: string;
  key: string | null;
  marker: boolean;
  node: HTMLElement;
}

/** Markers and words of the current step's annotations, as DOM. */
export class AnnotationLayer {
  readonly element: HTMLElement;
  private items: Item[] = [];

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
      .flatMap((a): Omit<Item, 'node'>[] => {
        const key = annotationKey(a);
        if (a.type === 'marker')
          return [
            { at: a.at, text: '', key, marker: true },
            { at: a.at, text: `${shortDate(a.date)}: ${a.text}`, key, marker: false },
          ];
        if (a.type === 'label') return [{ at: a.at, text: a.text, key: null, marker: false }];
        if (!a.text) return [];
        const at = a.type === 'arrow' ? a.from : a.path[Math.floor(a.path.length / 2)]!;
        return [{ at, text: a.text, key, marker: false }];
      })
      .map((item) => {
        const node = doc.createElement('span');
        node.className = item.marker ? 'map-annotation-marker' : 'map-annotation-text';
        if (item.key) node.classList.add(item.key);
        node.textContent = item.text;
        this.element.append(node);
        return { ...item, node };
      });
  }

  /**
   * Places the markers and words for the current camera, the words clear of the obstacles (the
   * place points and labels) by the same rule as the static maps.
   */
  render(
    map: Pick<MapLibreMap, 'project' | 'getContainer'>,
    obstacles: readonly ScreenBox[],
  ): void {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const words = this.items.filter((i) => !i.marker);
    const placed = placeAnnotationWords(
      words.map((i) => {
        const p = map.project(i.at);
        return { x: p.x, y: p.y, text: i.text };
      }),
      obstacles,
      { width, height },
    );
    placed.forEach((p, n) => {
      words[n]!.node.style.transform =
        `translate(${p.box.x0.toFixed(1)}px, ${p.box.y0.toFixed(1)}px)`;
    });
    for (const item of this.items.filter((i) => i.marker)) {
      const p = map.project(item.at);
      item.node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%) rotate(45deg)`;
    }
  }

  destroy(): void {
    this.element.remove();
    this.items = [];
  }
}

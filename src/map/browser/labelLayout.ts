import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelDefaults, placeLabels, type PlacedLabel } from '../shared/placeLabels.ts';
import type { ScreenBox } from '../shared/annotations.ts';

/** A place to draw, already named in the reader's convention. */
export interface LabelCandidate {
  id: string;
  text: string;
  lon: number;
  lat: number;
  /** Lower = more important. */
  priority: number;
}

/** Options of {@link layoutLabels}. */
export interface LabelLayoutOptions {
  width: number;
  height: number;
  highlighted: ReadonlySet<string>;
  fontSize: number;
  /** Average glyph width as a share of the font size; measure it where a browser can. */
  charWidth: number;
  /** Boxes over the map (its legend) that no label may overlap. */
  avoid: readonly ScreenBox[];
}

/** Screen positions of the places in view and the labels that fit. */
export interface LabelLayout {
  points: { id: string; x: number; y: number }[];
  labels: PlacedLabel[];
}

/**
 * Projects places with the map's current camera and places their labels with the same greedy
 * rules as the static maps, highlighted places first. Places outside the map are left out.
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#project
 */
export function layoutLabels(
  map: Pick<MapLibreMap, 'project'>,
  places: readonly LabelCandidate[],
  options: Partial<LabelLayoutOptions> & Pick<LabelLayoutOptions, 'width' | 'height'>,
): LabelLayout {
  const {
    width,
    height,
    highlighted = new Set(),
    fontSize = labelDefaults.fontSize,
    charWidth = labelDefaults.charWidth,
    avoid = [],
  } = options;
  const points = places
    .map((p) => {
      const { x, y } = map.project([p.lon, p.lat]);
      return { id: p.id, x, y, text: p.text, priority: highlighted.has(p.id) ? -1 : p.priority };
    })
    .filter(
      (p) =>
        Number.isFinite(p.x) &&
        Number.isFinite(p.y) &&
        p.x >= 0 &&
        p.x <= width &&
        p.y >= 0 &&
        p.y <= height,
    );
  return {
    points: points.map(({ id, x, y }) => ({ id, x, y })),
    labels: placeLabels(points, { width, height, fontSize, charWidth, avoid }),
  };
}

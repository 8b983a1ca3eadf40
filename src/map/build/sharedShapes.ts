import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../shared/camera.ts';
import { layers } from '../shared/layers.ts';
import type { LayerId } from '../../schemas/layerIds.ts';
import { compactPath } from './compactPath.ts';
import { rewindForD3 } from './rewindForD3.ts';
import { simplifyFilter } from './simplifyFilter.ts';

/**
 * Context layers (land and water, the registry's `context` layers) drawn once per page and shown
 * by every static map through `<use>`.
 *
 * The story has ~35 static maps, and each drew the same countries and rivers again in its own
 * projection: a third of the page's gzipped bytes, repeated too far apart for gzip to notice.
 * All the maps are Web Mercator without rotation, so any two differ only by a scale and a
 * translation: a shape drawn once in a "level" projection is shown in a map by the transform
 * `matrix(k 0 0 k dx dy)`. Maps are grouped by level, a power of two of the projection scale
 * (`k` between ½ and 1, so a level's drawing is never coarser than the map needs), and each
 * level's shapes cover the union of its maps' frames.
 *
 * Strokes scale with the transform, so a `<use>` carries the stroke width divided by `k` (as an
 * attribute: the page's CSP allows no style attributes; layerCss leaves the width of these layers
 * to it). Pure and deterministic: the same frames and data give the same defs and ids.
 */

/** A static map as the plan needs it: what it shows and at what size. */
export interface ShapeFrame {
  camera: Camera;
  width: number;
  height: number;
  /** Padding when fitting bounds, px (staticMap's default when absent). */
  padding: number;
  layers: readonly LayerId[];
}

/** One shape drawn once, in its level's coordinates. */
export interface ShapeDef {
  id: string;
  d: string;
}

/** One shape as a map shows it. */
export interface ShapeUse {
  layer: LayerId;
  /** The feature's variant class (e.g. a country's ISO code), as for a drawn path. */
  variant?: string;
  href: string;
  /** SVG transform from the level's coordinates to the map's. */
  transform: string;
  /** The layer's stroke width in the level's units, so it draws at the registry's width. */
  strokeWidth: string;
  /** The layer's dashes in the level's units, likewise. */
  dash?: string;
}

/** The shared shapes of a page: the defs to put on it once and how each frame uses them. */
export interface ShapePlan {
  defs: ShapeDef[];
  /** The uses of layer `layer` in `frame`, features outside the frame left out. */
  usesFor(frame: ShapeFrame, layer: LayerId): ShapeUse[];
}

export const sharedShapeDefaults = {
  /** Margin around a level's drawing, in its px: clip edges stay outside every map's frame. */
  margin: 8,
} as const;

/** True for layers drawn as shared shapes. */
export function isSharedLayer(id: LayerId): boolean {
  return layers[id] !== undefined;
}

/** How far a layer's drawn edge may stray from its data, px (Douglas–Peucker tolerance). */
export function layerDetailPx(id: LayerId): number {
  const def = layers[id];
  return def.detailPx ?? (def.context ? 1 : 0.5);
}

interface Level {
  exponent: number;
  /** Union of the frames' boxes in level px (before the origin shift). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  layers: Set<LayerId>;
}

/** A frame's projection with its scale and offset: screen = k * level + (dx, dy). */
interface Placement {
  exponent: number;
  k: number;
  dx: number;
  dy: number;
}

type ProjectionFor = (
  camera: Camera,
  width: number,
  height: number,
  padding: number,
) => GeoProjection;

/**
 * Plans the shared shapes for the given frames. `projectionFor` is staticMap's (passed in to keep
 * one definition of a map's projection); `prefix` starts every id and must be unique on the page.
 */
export function planShapes(
  frames: readonly ShapeFrame[],
  geometry: Partial<Record<LayerId, FeatureCollection>>,
  projectionFor: ProjectionFor,
  prefix: string,
): ShapePlan {
  const { margin } = sharedShapeDefaults;
  const projected = (frame: ShapeFrame) => {
    const projection = projectionFor(frame.camera, frame.width, frame.height, frame.padding);
    if ((projection.rotate?.() ?? [0, 0, 0]).some((r) => r !== 0))
      throw new Error('sharedShapes: a static map projection is rotated; shared shapes need none');
    // Lon 0, lat 0 is the level projection's origin; the map puts it at (dx, dy).
    const [dx, dy] = projection([0, 0])!;
    return {
      scale: projection.scale(),
      exponent: Math.ceil(Math.log2(projection.scale())),
      dx,
      dy,
    };
  };
  // A level draws at the largest scale among its maps: the others show it reduced by k in
  // (½, 1], and a map alone at its level is drawn exactly as it would be without sharing.
  const levelScale = new Map<number, number>();
  for (const frame of frames) {
    const { scale, exponent } = projected(frame);
    levelScale.set(exponent, Math.max(levelScale.get(exponent) ?? 0, scale));
  }
  const placementOf = (frame: ShapeFrame): Placement => {
    const { scale, exponent, dx, dy } = projected(frame);
    const top = levelScale.get(exponent);
    if (top === undefined || scale > top)
      throw new Error(
        "sharedShapes: no shapes planned at this map's scale; list the map among the page's frames",
      );
    return { exponent, k: scale / top, dx, dy };
  };
  const levels = new Map<number, Level>();
  for (const frame of frames) {
    const { exponent, k, dx, dy } = placementOf(frame);
    const box = {
      x0: -dx / k,
      y0: -dy / k,
      x1: (frame.width - dx) / k,
      y1: (frame.height - dy) / k,
    };
    const level = levels.get(exponent);
    const shared = frame.layers.filter(isSharedLayer);
    if (!level) levels.set(exponent, { exponent, ...box, layers: new Set(shared) });
    else {
      level.x0 = Math.min(level.x0, box.x0);
      level.y0 = Math.min(level.y0, box.y0);
      level.x1 = Math.max(level.x1, box.x1);
      level.y1 = Math.max(level.y1, box.y1);
      for (const id of shared) level.layers.add(id);
    }
  }

  const defs: ShapeDef[] = [];
  /** Per level: the shift of its origin and the size of its drawing, level px. */
  const origins = new Map<number, { ox: number; oy: number; width: number; height: number }>();
  /** Per level and layer: each drawn feature's id, variant and box in level px (shifted). */
  const drawn = new Map<
    string,
    { id: string; variant?: string; x0: number; y0: number; x1: number; y1: number }[]
  >();
  // Levels in a fixed order (finest last), layers in registry order: ids do not depend on the
  // order frames were listed in.
  for (const level of [...levels.values()].sort((a, b) => a.exponent - b.exponent)) {
    // Whole-pixel origin, so the level's coordinates start near 0 and stay short.
    const ox = Math.floor(level.x0) - margin;
    const oy = Math.floor(level.y0) - margin;
    const width = Math.ceil(level.x1) + margin - ox;
    const height = Math.ceil(level.y1) + margin - oy;
    const clipped = geoMercator()
      .scale(levelScale.get(level.exponent)!)
      .translate([-ox, -oy])
      .clipExtent([
        [0, 0],
        [width, height],
      ]);
    for (const layerId of (Object.keys(layers) as LayerId[]).filter((id) => level.layers.has(id))) {
      const collection = geometry[layerId];
      if (!collection) continue;
      const def = layers[layerId];
      // A layer may ask for less detail than the default (the roads: detailPx 3).
      const detail = layerDetailPx(layerId);
      const path = geoPath({ stream: (output) => clipped.stream(simplifyFilter(output, detail)) });
      const list: NonNullable<ReturnType<typeof drawn.get>> = [];
      collection.features.forEach((feature, index) => {
        const isArea =
          feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
        if (def.kind === 'fill' && !isArea) return;
        const wound = rewindForD3(feature);
        const d = compactPath(roundWhole(path(wound)));
        if (!d) return;
        const [[x0, y0], [x1, y1]] = path.bounds(wound);
        // A letter per layer, from its place in the registry (initials would clash: held-…).
        const id = `${prefix}${level.exponent}${layerLetter(layerId)}${index}`;
        const status = (feature.properties as Record<string, unknown> | null)?.[
          def.variantBy ?? 'status'
        ];
        defs.push({ id, d });
        list.push({
          id,
          ...(typeof status === 'string' ? { variant: status } : {}),
          x0,
          y0,
          x1,
          y1,
        });
      });
      drawn.set(`${level.exponent}/${layerId}`, list);
    }
    origins.set(level.exponent, { ox, oy, width, height });
  }

  return {
    defs,
    usesFor(frame, layerId) {
      const { exponent, k, dx, dy } = placementOf(frame);
      const list = drawn.get(`${exponent}/${layerId}`);
      const origin = origins.get(exponent);
      if (!list || !origin)
        throw new Error(
          `sharedShapes: no shapes planned for layer "${layerId}" at this map's scale; list the map among the page's frames`,
        );
      // screen = k * (shifted + origin) + d
      const tx = dx + k * origin.ox;
      const ty = dy + k * origin.oy;
      const view = {
        x0: -tx / k,
        y0: -ty / k,
        x1: (frame.width - tx) / k,
        y1: (frame.height - ty) / k,
      };
      // A listed frame lies inside its level's drawing, margin included; one not listed may not.
      if (view.x0 < 0 || view.y0 < 0 || view.x1 > origin.width || view.y1 > origin.height)
        throw new Error(
          `sharedShapes: this map's frame is outside the shapes planned at its scale; list the map among the page's frames`,
        );
      const transform = `matrix(${round(k, 5)} 0 0 ${round(k, 5)} ${round(tx, 2)} ${round(ty, 2)})`;
      const width = layers[layerId].strokeWidth ?? 1;
      const dash = layers[layerId].dash;
      return list
        .filter((s) => s.x1 >= view.x0 && s.x0 <= view.x1 && s.y1 >= view.y0 && s.y0 <= view.y1)
        .map((s) => ({
          layer: layerId,
          ...(s.variant !== undefined ? { variant: s.variant } : {}),
          href: `#${s.id}`,
          transform,
          strokeWidth: String(round(width / k, 3)),
          ...(dash ? { dash: dash.map((n) => round(n / k, 2)).join(' ') } : {}),
        }));
    },
  };
}

function layerLetter(id: LayerId): string {
  const at = Object.keys(layers).indexOf(id);
  if (at < 0 || at >= 26) throw new Error(`sharedShapes: no id letter for layer "${id}"`);
  return String.fromCharCode(97 + at);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Coordinates to whole px (as staticMap draws its layers). */
function roundWhole(d: string | null): string {
  return (d ?? '').replace(/(-?\d+)\.(\d)\d*/g, (_, i: string, t: string) =>
    String(Math.round(Number(`${i}.${t}`))),
  );
}

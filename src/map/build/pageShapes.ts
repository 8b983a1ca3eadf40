import type { Camera } from '../shared/camera.ts';
import type { LayerId } from '../../schemas/layerIds.ts';
import { loadGeometry } from './loadGeometry.ts';
import {
  isSharedLayer,
  planShapes,
  type ShapeDef,
  type ShapeFrame,
  type ShapePlan,
} from './sharedShapes.ts';
import { projectionFor, staticMapDefaults } from './staticMap.ts';

/** A static map of a page, as StaticMap.astro draws it (its default size when none is given). */
export interface PageMap {
  camera: Camera;
  layers: readonly LayerId[];
  width?: number;
  height?: number;
}

/**
 * The shared shapes (sharedShapes.ts) of a page's static maps, read from data/geometry at build
 * time. Each of these maps is then given the plan (StaticMap's `shapes`), and the page carries the
 * defs once (MapShapes.astro) before the first of them. `prefix` starts every id on the page.
 */
export function pageShapes(maps: readonly PageMap[], prefix: string): ShapePlan {
  const frames = maps.map(shapeFrame);
  const shared = [...new Set(frames.flatMap((f) => f.layers.filter(isSharedLayer)))];
  return planShapes(frames, loadGeometry(shared), projectionFor, prefix);
}

/** A page's map as the plan frames it. */
export function shapeFrame(map: PageMap): ShapeFrame {
  return {
    camera: map.camera,
    layers: map.layers,
    width: map.width ?? staticMapDefaults.width,
    height: map.height ?? staticMapDefaults.height,
    padding: staticMapDefaults.padding,
  };
}

/** The defs the given maps show, in the plan's order. */
export function defsUsedBy(plan: ShapePlan, maps: readonly PageMap[]): ShapeDef[] {
  const used = new Set(
    maps.flatMap((m) => {
      const frame = shapeFrame(m);
      return frame.layers
        .filter(isSharedLayer)
        .flatMap((id) => plan.usesFor(frame, id).map((u) => u.href.slice(1)));
    }),
  );
  return plan.defs.filter((d) => used.has(d.id));
}

/**
 * Ships to the browser with the step data (a step's layers), and used by the static maps at build.
 * Which context layers a step's map gets without naming them: the roads, on zoomed-in views only.
 * One rule for every map of a step (story, embeds, explorer), applied in mapStepOf, so the live
 * map, the static SVG and the legend agree.
 */
import type { LayerId } from '../../schemas/layerIds.ts';
import type { Camera } from './camera.ts';

/**
 * The widest view, in degrees of longitude, that gets the roads. The regional views (2° and
 * more) show the whole conflict area, where the roads add lines but no sense of place; the
 * zoomed-in views of about 100 km or less (the corridor, Shusha, Parukh, Seysulan: 0.4–1°) are
 * where a reader needs them. The static maps share the road shapes across the page
 * (sharedShapes.ts): the 16 maps up to 1° cost the story's HTML 1.9 KB gzipped, 23 maps up to
 * 1.8° only 16 B more. 1.8° is not used: on phones the roads' legend row made the legend taller,
 * and on the 1.55° and 1.75° steps (three-handovers, a-new-road) the camera then left places
 * under the text card (tests/browser/mapLegend.test.ts).
 */
export const ROADS_MAX_SPAN_DEG = 1.0;

/** Zoom from which a centre-and-zoom camera counts as zoomed in (about 1° across 1280 px). */
export const ROADS_MIN_ZOOM = 9.8;

/** Whether a camera shows a zoomed-in view, in the sense of {@link ROADS_MAX_SPAN_DEG}. */
export function isZoomedIn(camera: Camera): boolean {
  if (camera.bounds) {
    const [[west], [east]] = camera.bounds;
    return east - west <= ROADS_MAX_SPAN_DEG;
  }
  return (camera.zoom ?? 0) >= ROADS_MIN_ZOOM;
}

/**
 * A step's layers with the roads added where its view is zoomed in and it draws the basemap
 * (countries): just above the land and rivers, under every story layer. A step that names the
 * roads itself keeps its own order.
 */
export function withContextLayers(layers: readonly LayerId[], camera: Camera): LayerId[] {
  if (layers.includes('roads') || !layers.includes('countries') || !isZoomedIn(camera))
    return [...layers];
  const after = Math.max(layers.indexOf('countries'), layers.indexOf('water'));
  return [...layers.slice(0, after + 1), 'roads', ...layers.slice(after + 1)];
}

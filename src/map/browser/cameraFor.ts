import type { LngLatLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Camera } from '../shared/camera.ts';
import type { ScreenBox } from '../shared/annotations.ts';

/** Options of {@link cameraFor}. */
export interface CameraForOptions {
  /** Space kept clear around a step's bounds, px. */
  padding: number;
  /** Jump instead of flying (the reader asked for less motion). */
  reducedMotion: boolean;
  /** Length of a flight, ms. */
  duration: number;
  /** Widest map, px, laid out as on a phone: the step's text cards then cover its lower part. */
  phoneMaxWidth: number;
  /** Share of a phone map's height the text cards cover, kept free of the places discussed. */
  phoneCardShare: number;
  /**
   * Boxes over the map (its legend, a text card), in the map's own pixels, measured on the page.
   * When given, they replace the phone guess ({@link CameraForOptions.phoneCardShare} and the
   * room kept for the key): the view is fitted beside each box, on whichever side loses least.
   */
  covers?: readonly ScreenBox[];
}

export const cameraDefaults: CameraForOptions = {
  padding: 24,
  reducedMotion: false,
  duration: 1600,
  phoneMaxWidth: 480,
  phoneCardShare: 0.45,
};

/** A resolved camera, in the shape jumpTo and flyTo take. */
export interface CameraTarget {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** How to move the map to a step's camera. */
export type CameraMove =
  | { method: 'jumpTo'; options: CameraTarget }
  | { method: 'flyTo'; options: CameraTarget & { duration: number; essential: true } };

/** The part of MapLibre's map that {@link cameraFor} uses. */
export type CameraMap = Pick<MapLibreMap, 'cameraForBounds' | 'getContainer'>;

/**
 * Padding for a map of this size: even on larger screens, and on phones the bottom share the
 * text cards cover as well. Never so much that nothing is left to fit the view into.
 */
export function paddingFor(
  width: number,
  height: number,
  o: CameraForOptions,
): Required<PaddingOptions> {
  const side = Math.min(o.padding, width / 8);
  const phone = width <= o.phoneMaxWidth;
  // On phones the step's map key sits over the top of the map; keep the places below it.
  const top = phone ? Math.min(o.padding + 56, height / 6) : Math.min(o.padding, height / 8);
  const bottom = phone ? Math.max(top, Math.round(height * o.phoneCardShare)) : top;
  return { top, right: side, bottom, left: side };
}

/**
 * The least clear span a padding may leave, px: a fifth of the map, and never under 150 px. A
 * phone's tall legend and its card can together take three quarters of the map; the view then
 * fits the band between them (three-handovers) rather than give up the card and draw under it.
 */
const minClear = (span: number): number => Math.max(150, span / 5);

/**
 * The ways to keep a step's view clear of boxes over the map: for each box, a padding on one of
 * the map's sides that puts the whole box outside the padded area (the box's far edge plus the
 * usual gap), combined with the even `base` padding. A box that does not reach into the map adds
 * nothing; a side that would leave too little of the map's width or height is not
 * offered (see {@link minClear}; boxes come most important first: a later one that cannot be avoided is given up). The caller
 * fits the view with each and keeps the one that shows most.
 */
export function paddingsBeside(
  width: number,
  height: number,
  base: Required<PaddingOptions>,
  covers: readonly ScreenBox[],
  gap: number,
): Required<PaddingOptions>[] {
  let options: Required<PaddingOptions>[] = [base];
  for (const c of covers) {
    const x0 = Math.max(0, c.x0);
    const y0 = Math.max(0, c.y0);
    const x1 = Math.min(width, c.x1);
    const y1 = Math.min(height, c.y1);
    if (x1 <= x0 || y1 <= y0) continue;
    const sides: [keyof PaddingOptions, number][] = [
      ['left', x1 + gap],
      ['right', width - x0 + gap],
      ['top', y1 + gap],
      ['bottom', height - y0 + gap],
    ];
    const next = options
      .flatMap((p) =>
        sides.map(([side, px]) => ({ ...p, [side]: Math.max(p[side], Math.round(px)) })),
      )
      .filter(
        (p) =>
          width - p.left - p.right >= minClear(width) &&
          height - p.top - p.bottom >= minClear(height),
      );
    // A box that cannot be kept clear of (it covers most of the map) is left to cover.
    if (next.length > 0) options = next;
  }
  return options;
}

/** LngLatLike in any of its three forms, as [lon, lat]. */
export function toLonLat(c: LngLatLike): [number, number] {
  if (Array.isArray(c)) return [c[0], c[1]];
  return 'lng' in c ? [c.lng, c.lat] : [c.lon, c.lat];
}

const TILE_SIZE = 512;
const toWorld = ([lon, lat]: readonly [number, number], size: number): [number, number] => [
  ((180 + lon) / 360) * size,
  ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * size,
];
const fromWorld = ([x, y]: [number, number], size: number): [number, number] => [
  (x / size) * 360 - 180,
  (360 / Math.PI) * Math.atan(Math.exp(((180 - (y / size) * 360) * Math.PI) / 180)) - 90,
];

/**
 * The map centre that shows `target` at the middle of the padded area rather than of the whole
 * map, the same shift MapLibre's cameraForBounds applies to bounds (so both camera forms behave
 * alike on phones). Pitch is not taken into account, as in cameraForBounds.
 */
export function shiftCenter(
  target: readonly [number, number],
  zoom: number,
  bearing: number,
  padding: Required<PaddingOptions>,
): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const dx = (padding.left - padding.right) / 2;
  const dy = (padding.top - padding.bottom) / 2;
  const a = (bearing * Math.PI) / 180;
  const [x, y] = toWorld(target, size);
  return fromWorld(
    [x - (dx * Math.cos(a) - dy * Math.sin(a)), y - (dx * Math.sin(a) + dy * Math.cos(a))],
    size,
  );
}

/**
 * Resolves a step's camera for this map's size: bounds are fitted with MapLibre's own
 * cameraForBounds (what fitBounds does before it flies), so the target does not depend on where
 * the map was before; then says whether to fly there or, with reduced motion, jump.
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#cameraforbounds
 */
export function cameraFor(
  map: CameraMap,
  camera: Camera,
  options: Partial<CameraForOptions> = {},
): CameraMove {
  const o = { ...cameraDefaults, ...options };
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const paddings = o.covers
    ? paddingsBeside(
        width,
        height,
        paddingFor(width, height, { ...o, phoneMaxWidth: 0 }),
        o.covers,
        o.padding,
      )
    : [paddingFor(width, height, o)];
  const bearing = camera.bearing ?? 0;
  const pitch = camera.pitch ?? 0;
  let target: CameraTarget | undefined;
  if (camera.bounds) {
    const [[w, s], [e, n]] = camera.bounds;
    // The padding that lets the bounds be drawn largest wins.
    for (const padding of paddings) {
      const fitted = map.cameraForBounds([w, s, e, n], { padding, bearing, pitch });
      if (fitted?.center && (!target || (fitted.zoom ?? 8) > target.zoom))
        target = { center: toLonLat(fitted.center), zoom: fitted.zoom ?? 8, bearing, pitch };
    }
    // Undefined only when the map has no size yet (hidden); aim at the bounds' middle meanwhile.
    target ??= { center: [(w + e) / 2, (s + n) / 2], zoom: 8, bearing, pitch };
  } else {
    const zoom = camera.zoom ?? 8;
    // A fixed zoom: the padding that leaves the largest clear area wins.
    const area = (p: Required<PaddingOptions>) =>
      Math.max(0, width - p.left - p.right) * Math.max(0, height - p.top - p.bottom);
    const padding = paddings.reduce((best, p) => (area(p) > area(best) ? p : best));
    target = {
      center: shiftCenter(camera.center ?? [46.75, 39.8], zoom, bearing, padding),
      zoom,
      bearing,
      pitch,
    };
  }
  return o.reducedMotion
    ? { method: 'jumpTo', options: target }
    : { method: 'flyTo', options: { ...target, duration: o.duration, essential: true } };
}

/** Where the map looks: either a box to fit or a centre and zoom (MapLibre's zoom scale). */
export interface Camera {
  /** [[west, south], [east, north]] in degrees; fitted to the viewport with padding. */
  bounds?: readonly [readonly [number, number], readonly [number, number]];
  /** [lon, lat] */
  center?: readonly [number, number];
  zoom?: number;
  bearing?: number;
  pitch?: number;
}

/** MapLibre draws the world 512 px wide at zoom 0; d3's Mercator scale is that width over 2π. */
export function zoomToMercatorScale(zoom: number): number {
  return (512 * 2 ** zoom) / (2 * Math.PI);
}

/** Inverse of {@link zoomToMercatorScale}. */
export function mercatorScaleToZoom(scale: number): number {
  return Math.log2((scale * 2 * Math.PI) / 512);
}

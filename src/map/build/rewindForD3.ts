import type { Feature, Geometry, Position } from 'geojson';

const reverseRings = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo works on the sphere and reads a
 * counter-clockwise ring as "everything except this area". Reversing every ring gives d3 the
 * clockwise outer rings it expects, so small polygons fill themselves, not the rest of the globe.
 * @see https://d3js.org/d3-geo#d3-geo
 */
export function rewindForD3<G extends Geometry>(feature: Feature<G>): Feature<G> {
  const g = feature.geometry as Geometry;
  if (g.type === 'Polygon')
    return { ...feature, geometry: { ...g, coordinates: reverseRings(g.coordinates) } as G };
  if (g.type === 'MultiPolygon')
    return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(reverseRings) } as G };
  return feature;
}

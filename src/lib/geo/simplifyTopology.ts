import { simplify } from '@turf/turf';
import type { Position } from 'geojson';
import type {
  GeometryObject as AnyGeometryObject,
  Properties,
  Topology,
  Transform,
} from 'topojson-specification';

type GeometryObject = AnyGeometryObject<Properties>;

/** How many times the tolerance is halved for a closed arc before it is kept as it was. */
const MAX_ATTEMPTS = 6;

/** Absolute coordinates of a quantised, delta-encoded arc (or a copy when not quantised). */
function decodeArc(arc: readonly Position[], transform: Transform | undefined): Position[] {
  if (!transform) return arc.map((p) => [p[0]!, p[1]!]);
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0]!;
    y += p[1]!;
    return [x * sx + tx, y * sy + ty];
  });
}

/** Absolute coordinates of a quantised point (points are not delta-encoded). */
function decodePoint(p: readonly number[], transform: Transform | undefined): number[] {
  if (!transform) return [p[0]!, p[1]!];
  return [
    p[0]! * transform.scale[0] + transform.translate[0],
    p[1]! * transform.scale[1] + transform.translate[1],
  ];
}

/** A geometry object with any point coordinates decoded; arcs references are unchanged. */
function decodeObject(object: GeometryObject, transform: Transform | undefined): GeometryObject {
  switch (object.type) {
    case 'Point':
      return { ...object, coordinates: decodePoint(object.coordinates, transform) };
    case 'MultiPoint':
      return { ...object, coordinates: object.coordinates.map((p) => decodePoint(p, transform)) };
    case 'GeometryCollection':
      return { ...object, geometries: object.geometries.map((g) => decodeObject(g, transform)) };
    default:
      return structuredClone(object);
  }
}

/** Douglas–Peucker on one arc; its two ends never move, so neighbours still meet there. */
function simplifyArc(arc: Position[], tolerance: number): Position[] {
  if (tolerance === 0 || arc.length <= 2) return arc;
  const first = arc[0]!;
  const last = arc[arc.length - 1]!;
  const closed = first[0] === last[0] && first[1] === last[1];
  for (let attempt = 0, t = tolerance; attempt < MAX_ATTEMPTS; attempt++, t /= 2) {
    const line = simplify(
      { type: 'LineString', coordinates: arc },
      { tolerance: t, highQuality: true },
    );
    // A closed arc is a whole ring on its own (an island, a lake): it needs 4 positions to stay a ring.
    if (!closed || line.coordinates.length >= 4) return line.coordinates;
  }
  return arc;
}

/**
 * Simplifies a TopoJSON topology arc by arc, with `tolerance` in degrees, and returns it
 * unquantised (absolute lon/lat, no `transform`). Because each shared border is one arc,
 * neighbouring areas keep exactly the same simplified border: no slivers or gaps appear
 * between them. Closed arcs keep at least 4 positions. Rings made of several arcs can still
 * collapse or touch at large tolerances, so check the converted features afterwards.
 * Never mutates its input.
 * @see https://github.com/topojson/topojson-specification
 */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(
      `tolerance must be a number of degrees ≥ 0, received ${String(tolerance)}`,
    );
  }
  const arcs = topology.arcs.map((arc) =>
    simplifyArc(decodeArc(arc, topology.transform), tolerance),
  );
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([name, object]) => [
      name,
      decodeObject(object, topology.transform),
    ]),
  );
  // Coordinates are absolute now, so the result must not carry a transform.
  const result: Topology = { ...topology, arcs, objects };
  delete result.transform;
  return result;
}

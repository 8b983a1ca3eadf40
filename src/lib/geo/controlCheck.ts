import { booleanPointInPolygon, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ControlPoint, ControlSide } from '../../schemas/control.ts';

/**
 * A dated area of the map that control points are checked against: while it is valid, every
 * point of the side it shows must lie inside and every point of an excluded side outside.
 */
export interface ControlArea {
  /** Feature id and layer, e.g. "held-2020-2023". */
  id: string;
  /** File in data/geometry/. */
  file: string;
  /** First and last day the drawn area stands for (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The side the area shows as holding it. */
  holds: ControlSide;
  /** Sides whose points must lie outside it. */
  excludes: readonly ControlSide[];
  /** Why these dates (shown in the data guide and the layer's note). */
  why: string;
}

/**
 * The dated areas. held-1994-2020 stands for the line after the April 2016 fighting (Natural
 * Earth's 1:10m drawing is too coarse for the 1994–2016 difference, and Lalatapa changed hands
 * then); held-2020-2023 for the line from the Dec 2020 fighting at Hin Tagher to the eve of the
 * Sep 2023 offensive; the corridor for its life from 1 Dec 2020 to the move of 25 Aug 2022.
 */
export const CONTROL_AREAS: readonly ControlArea[] = [
  {
    id: 'held-1994-2020',
    file: 'held-1994-2020.geojson',
    from: '2016-04-05',
    to: '2020-09-26',
    holds: 'armenian',
    excludes: ['azerbaijani'],
    why: 'the line between the April 2016 ceasefire and the start of the 2020 war',
  },
  {
    id: 'held-2020-2023',
    file: 'held-2020-2023.geojson',
    from: '2020-12-14',
    to: '2023-09-18',
    holds: 'armenian',
    excludes: ['azerbaijani'],
    why: 'the line after Azerbaijan took Hin Tagher and Khtsaberd (12–13 Dec 2020) until the offensive of 19 Sep 2023',
  },
  {
    id: 'lachin-corridor',
    file: 'lachin-corridor.geojson',
    from: '2020-12-01',
    to: '2022-08-25',
    holds: 'russian-peacekeepers',
    excludes: [],
    why: 'the corridor road from the Lachin handover (1 Dec 2020) until it moved to the new road (25–26 Aug 2022)',
  },
];

/** Last day a control point holds ("to" null means open-ended). */
const endOf = (p: Pick<ControlPoint, 'to'>) => p.to ?? '9999-12-31';
/** Day-precision start of a partial date. */
const startOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** True when the point's period and the area's period share at least one day. */
export function overlaps(point: Pick<ControlPoint, 'from' | 'to'>, area: ControlArea): boolean {
  return startOf(point.from) <= area.to && endOf(point) >= area.from;
}

/** Where a control point must lie relative to an area, or null when the area does not decide it. */
export function expectedInside(point: ControlPoint, area: ControlArea): boolean | null {
  if (!overlaps(point, area)) return null;
  if (point.side === area.holds) return true;
  if (area.excludes.includes(point.side)) return false;
  return null;
}

/** One control point on the wrong side of an area, in words an editor can act on. */
export interface ControlViolation {
  point: string;
  area: string;
  message: string;
}

type AreaShape = Feature<Polygon | MultiPolygon>;

/** The polygon features of a layer that carry the area's id. */
export function areaShapes(layer: FeatureCollection, areaId: string): AreaShape[] {
  return layer.features.filter(
    (f): f is AreaShape =>
      f.properties?.id === areaId &&
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  );
}

/** Distance in km from a point to the edge of the shapes. */
export function kmToEdge(at: [number, number], shapes: readonly AreaShape[]): number {
  return Math.min(
    ...shapes.map((s) => {
      const lines = polygonToLine(s);
      const parts = lines.type === 'FeatureCollection' ? lines.features : [lines];
      // pointToLineDistance takes LineStrings only; a MultiPolygon's outline is a MultiLineString.
      const rings = parts.flatMap((f) =>
        f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [f.geometry.coordinates],
      );
      return Math.min(
        ...rings.map((r) =>
          pointToLineDistance(at, { type: 'LineString', coordinates: r }, { units: 'kilometers' }),
        ),
      );
    }),
  );
}

/**
 * Checks every control point against every dated area it overlaps: the point, the area and the
 * sources are named in each violation.
 */
export function checkControlPoints(
  points: readonly ControlPoint[],
  coordinates: ReadonlyMap<string, [number, number]>,
  layers: ReadonlyMap<string, FeatureCollection>,
  areas: readonly ControlArea[] = CONTROL_AREAS,
): ControlViolation[] {
  const out: ControlViolation[] = [];
  for (const area of areas) {
    const layer = layers.get(area.file);
    const shapes = layer ? areaShapes(layer, area.id) : [];
    if (shapes.length === 0) {
      out.push({ point: '', area: area.id, message: `${area.file} has no area "${area.id}"` });
      continue;
    }
    for (const point of points) {
      const want = expectedInside(point, area);
      if (want === null) continue;
      const at = coordinates.get(point.place);
      if (!at) {
        out.push({
          point: point.id,
          area: area.id,
          message: `control point "${point.id}": place "${point.place}" has no coordinates`,
        });
        continue;
      }
      const inside = shapes.some((s) => booleanPointInPolygon(at, s));
      if (inside === want) continue;
      const km = kmToEdge(at, shapes).toFixed(1);
      out.push({
        point: point.id,
        area: area.id,
        message:
          `control point "${point.id}" (${point.place}, ${point.side} ${point.from} – ${point.to ?? 'on'}; sources ${point.sources.join(', ')}) ` +
          `lies ${inside ? 'inside' : 'outside'} "${area.id}" (${area.from} – ${area.to}), ${km} km from its edge ` +
          `(expected ${want ? 'inside' : 'outside'})`,
      });
    }
  }
  return out;
}

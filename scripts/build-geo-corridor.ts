/**
 * lachin-corridor.geojson: an approximate 5 km band along the 2020–2022 corridor road, drawn
 * through sourced gazetteer places. Node-only; used by scripts/build-geo.ts.
 */
import { featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { corridorBand } from '../src/lib/geo/corridorBand.ts';
import { distanceToLineKm } from '../src/lib/geo/distanceToLineKm.ts';
import { lineLengthKm } from '../src/lib/geo/lineLengthKm.ts';
import { placeName } from '../src/lib/placeName.ts';
import { collection, finishLayer } from './build-geo-output.ts';
import { buildCountries } from './build-geo-basemap.ts';
import type { Built } from './build-geo-ne.ts';
import { LICENCES, SOURCES, type BuildInputs, type GazetteerPlace } from './build-geo-sources.ts';

/** The road from the Armenian border to Stepanakert, in order (it bypassed Shusha). */
export const ROUTE_PLACE_IDS = ['kornidzor', 'aghavno', 'lachin', 'stepanakert'] as const;

/** Point 6 of the 9/10 Nov 2020 statement: "the Lachin corridor (5 km wide)". */
export const CORRIDOR_WIDTH_KM = 5;

const round = (n: number, d = 1): number => Number(n.toFixed(d));

/** The countries layer's tolerance (build-geo-plan.ts), so the cut follows the drawn border. */
const COUNTRIES_TOLERANCE = 0.002;

/** A gazetteer place by id, which must have coordinates. */
function place(inputs: BuildInputs, id: string): GazetteerPlace & { lon: number; lat: number } {
  const found = inputs.places.find((p) => p.id === id);
  if (!found || found.lon === null || found.lat === null) {
    throw new Error(`the gazetteer has no coordinates for "${id}", which the corridor route needs`);
  }
  return found as GazetteerPlace & { lon: number; lat: number };
}

/** The band and the route it follows, with checks against places the road must pass or avoid. */
export function buildCorridor(inputs: BuildInputs, tolerance: number): Built {
  const stops = ROUTE_PLACE_IDS.map((id) => place(inputs, id));
  const route: Position[] = stops.map((p) => [p.lon, p.lat]);
  const routeLine = { type: 'LineString' as const, coordinates: route };
  // The corridor is Azerbaijani ground between the Armenian border and Stepanakert: the band is
  // cut at the border as the countries layer draws it (same tolerance), so it does not spill
  // over Kornidzor and the Armenian side, where the route's first point lies.
  const azerbaijan = buildCountries(inputs, COUNTRIES_TOLERANCE).features.find(
    (f) => f.properties?.iso === 'AZ',
  );
  if (!azerbaijan) throw new Error('the countries layer has no Azerbaijan to cut the corridor at');
  const band = intersect(
    featureCollection([
      corridorBand(routeLine, CORRIDOR_WIDTH_KM / 2),
      azerbaijan as Feature<Polygon | MultiPolygon>,
    ]),
  );
  if (!band) throw new Error('the corridor band does not overlap Azerbaijan');
  const lachin = stops.find((p) => p.id === 'lachin')!;
  const flagged = stops.filter((p) => p.coordinatesDisagree);
  // Both traditions' names: the method note is read outside the site's name switch.
  const via = stops.map((p) => placeName(p, 'both')).join(' → ');
  const distanceFrom = (id: string): number | null => {
    const p = inputs.places.find((q) => q.id === id);
    return p?.lon != null && p.lat != null
      ? round(distanceToLineKm([p.lon, p.lat], routeLine), 2)
      : null;
  };
  const blockadeKm = distanceFrom('blockade-site');
  const method =
    `Straight segments between gazetteer points (${via}), widened by ${CORRIDOR_WIDTH_KM / 2} km on each side with rounded ends and cut at the Armenia–Azerbaijan border of the countries layer: ` +
    `the ${CORRIDOR_WIDTH_KM} km width is from point 6 of the 9/10 Nov 2020 statement (S88, S89). The real road winds, so the band is only indicative. ` +
    (flagged.length > 0
      ? `The Lachin/Berdzor point is itself uncertain: two sources place the town ${lachin.maxDiscrepancyKm} km apart (see the gazetteer). `
      : '') +
    'This is the route used from Nov 2020; in Aug 2022 the corridor was moved to a new road bypassing Lachin town, Aghavno and Sus (S135), which is not drawn.' +
    (blockadeKm !== null && blockadeKm > CORRIDOR_WIDTH_KM / 2
      ? ` The real road ran closer to Shusha than this straight line: the Dec 2022 blockade site at the Shusha–Dashalty junction, on the road, is ${round(blockadeKm)} km from it, outside the band.`
      : '');
  const common = {
    approximate: true,
    method,
    sources: ['S88', 'S89', 'S135'],
    routePlaceIds: [...ROUTE_PLACE_IDS],
    source: SOURCES.places,
    license: LICENCES.own,
  };
  const features = [
    {
      type: 'Feature' as const,
      properties: {
        id: 'lachin-corridor',
        name: 'Lachin corridor (5 km wide, Nov 2020 – Aug 2022 route)',
        kind: 'band',
        ...common,
      },
      geometry: band.geometry,
    },
    {
      type: 'Feature' as const,
      properties: {
        id: 'lachin-corridor-route',
        name: 'Lachin corridor road (Kornidzor – Stepanakert)',
        kind: 'route',
        ...common,
      },
      geometry: routeLine,
    },
  ];
  return {
    layer: finishLayer(collection(features), tolerance),
    derived: {
      routeLengthKm: round(lineLengthKm(routeLine)),
      bandAreaKm2: round(areaKm2(band)),
      // The statement has the corridor bypass Shusha: the band edge should stay clear of the town.
      shushaDistanceFromRouteKm: distanceFrom('shusha'),
      // The Dec 2022 blockade happened on the real road; a large distance shows how rough the band is.
      blockadeSiteDistanceFromRouteKm: blockadeKm,
      flaggedRoutePoints: flagged.map((p) => ({
        id: p.id,
        maxDiscrepancyKm: p.maxDiscrepancyKm,
        notes: p.note,
      })),
    },
  };
}

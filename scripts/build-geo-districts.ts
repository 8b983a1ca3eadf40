/**
 * districts.geojson: the seven districts around the former NKAO held by the Armenian side after
 * 1994, from geoBoundaries, with what happened to each in 2020. Node-only; used by
 * scripts/build-geo.ts.
 */
import { difference, featureCollection, intersect } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { simplifyTopology } from '../src/lib/geo/simplifyTopology.ts';
import { collection, roundLayer, windLayer } from './build-geo-output.ts';
import { nkaoPolygon, type Built } from './build-geo-ne.ts';
import {
  GEOBOUNDARIES_ATTRIBUTION,
  LICENCES,
  SOURCES,
  type BuildInputs,
} from './build-geo-sources.ts';

/** What happened to a district in 2020. */
type Status = 'handed-over' | 'taken-in-war-2020';

interface District {
  /** Name in geoBoundaries (`shapeName`). */
  gb: string;
  id: string;
  /** English name as used in the fact base. */
  name: string;
  status: Status;
  handoverDate: string | null;
  handoverNote: string | null;
  sources: string[];
}

/** The seven districts, with facts.md §1 ("Line of contact and the seven districts") and the handover table. */
const DISTRICTS: District[] = [
  {
    gb: 'Agdam District',
    id: 'aghdam',
    name: 'Aghdam',
    status: 'handed-over',
    handoverDate: '2020-11-20',
    handoverNote:
      'Deadline 20 Nov 2020 in point 2 of the 9/10 Nov statement; handed over on time, with 7 villages of Martakert district that had belonged to Aghdam district before 1991.',
    sources: ['S88', 'S89', 'S89a', 'S91'],
  },
  {
    gb: 'Kalbajar District',
    id: 'kalbajar',
    name: 'Kalbajar',
    status: 'handed-over',
    handoverDate: '2020-11-25',
    handoverNote:
      "Deadline 15 Nov 2020 in point 6 of the statement, extended to 25 Nov at Armenia's request (bad weather, a single narrow road).",
    sources: ['S88', 'S89', 'S90', 'S89a'],
  },
  {
    gb: 'Lachin District',
    id: 'lachin',
    name: 'Lachin',
    status: 'handed-over',
    handoverDate: '2020-12-01',
    handoverNote:
      'Handed over on 1 Dec 2020 except the Lachin corridor: Lachin town (Berdzor), Zabukh (Aghavno) and Sus stayed inside the corridor until 25–26 Aug 2022.',
    sources: ['S88', 'S89', 'S89a', 'S91', 'S135'],
  },
  {
    gb: 'Qubadli District',
    id: 'qubadli',
    name: 'Qubadli',
    status: 'taken-in-war-2020',
    handoverDate: null,
    handoverNote: null,
    sources: ['S91'],
  },
  {
    gb: 'Zangilan District',
    id: 'zangilan',
    name: 'Zangilan',
    status: 'taken-in-war-2020',
    handoverDate: null,
    handoverNote: null,
    sources: ['S91'],
  },
  {
    gb: 'Jabrayil District',
    id: 'jabrayil',
    name: 'Jabrayil',
    status: 'taken-in-war-2020',
    handoverDate: null,
    handoverNote: null,
    sources: ['S91'],
  },
  {
    gb: 'Fuzuli District',
    id: 'fuzuli',
    name: 'Fuzuli',
    status: 'taken-in-war-2020',
    handoverDate: null,
    handoverNote: null,
    sources: ['S91'],
  },
];

type Area = Feature<Polygon | MultiPolygon>;

/** The district's geoBoundaries shape, converted from the (possibly simplified) topology. */
function shapes(inputs: BuildInputs, tolerance: number): Map<string, Area> {
  const topology = simplifyTopology(inputs.gbAzeAdm2, tolerance);
  const [object] = Object.values(topology.objects);
  const all = feature(topology, object!) as FeatureCollection<Polygon | MultiPolygon>;
  const byName = new Map<string, Area>();
  for (const d of DISTRICTS) {
    const matches = all.features.filter((f) => f.properties?.shapeName === d.gb);
    if (matches.length !== 1)
      throw new Error(`geoBoundaries AZE ADM2 should have one "${d.gb}" but has ${matches.length}`);
    byName.set(d.id, matches[0]!);
  }
  return byName;
}

/** km² of the part of `a` inside `b`. */
const overlapKm2 = (a: Area, b: Area): number => {
  const both = intersect(featureCollection([a, b]));
  return both ? areaKm2(both) : 0;
};

/** The Azerbaijani spelling of the district's namesake town, from the gazetteer ("Laçın (Lachin)" → "Laçın"). */
const azName = (inputs: BuildInputs, id: string): string | null => {
  const place = inputs.places.find((p) => p.id === id) as
    { names: { az?: string | null } } | undefined;
  return place?.names.az?.replace(/\s*\(.*\)$/, '') ?? null;
};

/** Pieces smaller than this left over from removing the oblast are slivers of mismatched outlines. */
const SLIVER_KM2 = 0.5;

/** `a` without whatever of it lies inside `b`, dropping slivers; null if nothing is left. */
function outside(a: Area, b: Area): { shape: Area; sliversKm2: number } | null {
  const rest = difference(featureCollection([a, b]));
  if (!rest) return null;
  const polygons =
    rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
  const sized = polygons.map((coordinates) => ({
    coordinates,
    km2: areaKm2({ type: 'Polygon', coordinates }),
  }));
  const kept = sized.filter((p) => p.km2 >= SLIVER_KM2).map((p) => p.coordinates);
  const sliversKm2 = sized.filter((p) => p.km2 < SLIVER_KM2).reduce((s, p) => s + p.km2, 0);
  if (kept.length === 0) return null;
  const geometry: Polygon | MultiPolygon =
    kept.length === 1
      ? { type: 'Polygon', coordinates: kept[0]! }
      : { type: 'MultiPolygon', coordinates: kept };
  return { shape: { type: 'Feature', properties: a.properties, geometry }, sliversKm2 };
}

/**
 * districts.geojson. geoBoundaries draws the post-1991 district units, in which parts of the
 * former oblast were attached to neighbouring districts (S167) — Kalbajar most of all — so the
 * part of each district inside the former NKAO is removed: these are the districts *around* it.
 * The share held before 2020 is estimated by overlaying Natural Earth's pre-2020 area, because
 * the fact base only says "all or part" without saying which.
 */
export function buildDistricts(inputs: BuildInputs, tolerance: number): Built {
  const full = shapes(inputs, 0);
  const drawn = shapes(inputs, tolerance);
  const b38 = inputs.neAreasOld.features.find((f) => f.properties?.BRK_A3 === 'B38') as Area;
  const nkao: Area = { type: 'Feature', properties: {}, geometry: nkaoPolygon(inputs).polygon };
  const derived: Record<string, unknown> = {};
  const features = DISTRICTS.map((d) => {
    const whole = full.get(d.id)!;
    const around = outside(whole, nkao);
    const shown = outside(drawn.get(d.id)!, nkao);
    if (!around || !shown)
      throw new Error(`${d.name} district lies entirely inside the former oblast`);
    const area = areaKm2(around.shape);
    const share = overlapKm2(around.shape, b38) / area;
    const removedKm2 = areaKm2(whole) - area;
    derived[d.id] = {
      areaKm2: Math.round(area),
      wholeDistrictKm2: Math.round(areaKm2(whole)),
      insideNkao1991RemovedKm2: Math.round(removedKm2 - around.sliversKm2),
      sliversDroppedKm2: Number(around.sliversKm2.toFixed(2)),
      heldBefore2020ShareEstimate: Number(share.toFixed(2)),
    };
    return {
      type: 'Feature' as const,
      properties: {
        id: `district-${d.id}`,
        name: d.name,
        nameAz: azName(inputs, d.id),
        nameInSource: d.gb,
        status: d.status,
        handoverDate: d.handoverDate,
        handoverNote: d.handoverNote,
        heldBefore2020: 'all-or-part',
        heldBefore2020ShareEstimate: Number(share.toFixed(2)),
        heldBefore2020Note:
          'The fact base says only that the Armenian side held "all or part" of each of the seven districts (S91, S54). ' +
          `The share is an estimate: the part of this district that lies inside Natural Earth's pre-2020 area (B38), about ${Math.round(share * 100)}%. ` +
          'Both outlines are generalised and can disagree by 10–15% of a district (along the Aras, for example), so only a clearly low share surely means "part".',
        areaKm2: Math.round(area),
        sources: d.sources,
        approximate: true,
        method:
          `geoBoundaries outline of ${d.gb} (post-1991 units) without the part inside the former oblast (Natural Earth outline, see nkao-1991), ` +
          `${Math.round(removedKm2)} km² removed${around.sliversKm2 > 0 ? `, including slivers under ${SLIVER_KM2} km² where the two outlines do not quite match` : ''}.`,
        source: SOURCES.gbAzeAdm2,
        license: LICENCES.geoBoundariesAzeAdm2,
        attribution: GEOBOUNDARIES_ATTRIBUTION,
      },
      geometry: shown.shape.geometry,
    };
  });
  // Simplification already happened on the arcs (neighbours keep one shared border).
  return { layer: windLayer(roundLayer(collection(features))), derived };
}

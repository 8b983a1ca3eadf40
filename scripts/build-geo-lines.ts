/**
 * Layers built from Natural Earth's Karabakh lines and areas up to 2020: the 1991 oblast, the
 * 1994 line of contact and the area held from 1994 to 2020. Node-only; used by
 * scripts/build-geo.ts.
 */
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { lineLengthKm } from '../src/lib/geo/lineLengthKm.ts';
import { mergeLines } from '../src/lib/geo/mergeLines.ts';
import { controlArea, corrected, describeCorrections } from './build-geo-control.ts';
import { collection, finishLayer } from './build-geo-output.ts';
import {
  describeSnaps,
  lines1994,
  named,
  NE_LINE_1994,
  NE_OBLAST,
  NKAO_PUBLISHED_KM2,
  nkaoPolygon,
  placesInside,
  round,
  SNAP_KM,
  thousands,
  type Built,
} from './build-geo-ne.ts';
import { LICENCES, SOURCES, type BuildInputs } from './build-geo-sources.ts';

/** nkao-1991.geojson: the Nagorno-Karabakh Autonomous Oblast as it stood c. 1991. */
export function buildNkao(inputs: BuildInputs, tolerance: number): Built {
  const { polygon, result } = nkaoPolygon(inputs);
  const area = areaKm2(polygon);
  const snaps = describeSnaps(result);
  const properties = {
    id: 'nkao-1991',
    name: 'Nagorno-Karabakh Autonomous Oblast (boundary c. 1991)',
    areaKm2: Math.round(area),
    publishedAreaKm2: NKAO_PUBLISHED_KM2,
    publishedAreaSources: ['S167', 'S170'],
    approximate: true,
    method:
      `Area enclosed by Natural Earth's ${named(inputs.neLines, NE_OBLAST).length} "${NE_OBLAST}" boundary lines. ` +
      `The pieces stop short of each other in ${snaps.length} places (gaps of ${snaps
        .map((s) => s.metres)
        .sort((a, b) => a - b)
        .join(', ')} m); ` +
      `each gap was closed by moving the piece's end to the nearest corner of the next piece (at most ${SNAP_KM * 1000} m). ` +
      `Natural Earth draws at 1:10 million, so the outline is generalised: the enclosed area is ${thousands(area)} km² against the published ${thousands(NKAO_PUBLISHED_KM2)} km² (1989).`,
    source: SOURCES.neLines,
    license: LICENCES.naturalEarth,
  };
  const layer = finishLayer(
    collection([{ type: 'Feature', properties, geometry: polygon }]),
    tolerance,
  );
  return {
    layer,
    derived: {
      areaKm2FullResolution: round(area),
      publishedAreaKm2: NKAO_PUBLISHED_KM2,
      differencePercent: round(((area - NKAO_PUBLISHED_KM2) / NKAO_PUBLISHED_KM2) * 100),
      gapsClosed: snaps,
      containsPlaces: placesInside(polygon, inputs.places),
    },
  };
}

/** loc-1994.geojson: the 1994 line of contact from the 2017 Natural Earth release, as one line. */
export function buildLoc1994(inputs: BuildInputs, tolerance: number): Built {
  const pieces = lines1994(inputs);
  const merged = mergeLines(pieces);
  const features = merged.map((line, i) => ({
    type: 'Feature' as const,
    properties: {
      id: merged.length === 1 ? 'loc-1994' : `loc-1994-${i + 1}`,
      name: 'Line of contact after the May 1994 ceasefire (to September 2020)',
      approximate: false,
      note:
        `Natural Earth's "${NE_LINE_1994}" (${named(inputs.neLinesOld, NE_LINE_1994).length} features, ${pieces.length} pieces) joined end to end; the pieces meet exactly, no gap was closed. ` +
        'Generalised by Natural Earth at 1:10 million: too coarse to show the small changes of April 2016.',
      source: SOURCES.neLinesOld,
      license: LICENCES.naturalEarth,
    },
    geometry: { type: 'LineString' as const, coordinates: line },
  }));
  return {
    layer: finishLayer(collection(features), tolerance),
    derived: {
      pieces: pieces.length,
      mergedInto: merged.length,
      lengthKmFullResolution: round(lineLengthKm(collection(features))),
    },
  };
}

/** held-1994-2020.geojson: Natural Earth's B38 polygon (2017 release), the pre-2020 extent. */
export function buildHeld1994(inputs: BuildInputs, tolerance: number): Built {
  const b38 = inputs.neAreasOld.features.find((f) => f.properties?.BRK_A3 === 'B38');
  if (!b38 || b38.geometry.type !== 'Polygon')
    throw new Error('the 2017 Natural Earth disputed areas have no B38 polygon');
  const b38Polygon = b38.geometry;
  const fixed = corrected(inputs, 'held-1994-2020', () => b38Polygon);
  const dated = controlArea('held-1994-2020');
  const area = areaKm2(fixed.geometry);
  const properties = {
    id: 'held-1994-2020',
    name: 'Area held by the Armenian side from 1994 to the 2020 war',
    neName: b38.properties?.BRK_NAME as string,
    neCode: 'B38',
    areaKm2: Math.round(area),
    validFrom: dated.from,
    validTo: dated.to,
    approximate: fixed.corrections.length > 0,
    note:
      'Natural Earth\'s "Nagorno-Karabakh" breakaway area (B38) as of its 2017 release: the former oblast plus the surrounding districts held after the 1994 ceasefire, down to the Aras. ' +
      `Generalised at 1:10 million; checked against the control points for ${dated.why}.`,
    method: describeCorrections(inputs, fixed),
    source: `${SOURCES.neAreasOld}; ${SOURCES.control}`,
    license: LICENCES.naturalEarth,
  };
  return {
    layer: finishLayer(
      collection([{ type: 'Feature', properties, geometry: fixed.geometry }]),
      tolerance,
    ),
    derived: {
      areaKm2FullResolution: round(area),
      areaKm2BeforeCorrection: round(areaKm2(b38Polygon)),
      corrections: fixed.corrections,
      containsPlaces: placesInside(fixed.geometry, inputs.places),
    },
  };
}

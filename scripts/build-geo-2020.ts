/**
 * Layers built from Natural Earth's 2020 ceasefire line: the line itself, segment by segment,
 * and the area it leaves to the Armenian side. Node-only; used by scripts/build-geo.ts.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { distanceToLineKm } from '../src/lib/geo/distanceToLineKm.ts';
import { lineLengthKm } from '../src/lib/geo/lineLengthKm.ts';
import { polygonizeLines } from '../src/lib/geo/polygonizeLines.ts';
import { sharedVertexShare } from '../src/lib/geo/sharedVertexShare.ts';
import { placeName } from '../src/lib/placeName.ts';
import { collection, finishLayer } from './build-geo-output.ts';
import {
  describeSnaps,
  lines1994,
  named,
  NE_LINE_2020,
  nkaoPolygon,
  oblastLines,
  partsOf,
  placesInside,
  round,
  SNAP_KM,
  type Built,
} from './build-geo-ne.ts';
import { LICENCES, SOURCES, type BuildInputs } from './build-geo-sources.ts';

/** A place's names in both traditions (notes are read outside the site's name switch). */
const placeNameOf = (inputs: BuildInputs, id: string): string => {
  const found = inputs.places.find((p) => p.id === id);
  return found ? placeName(found, 'both') : id;
};

/** Which kind of stretch a 2020 segment is, judged by the vertices it shares with older lines. */
type Part2020 =
  'follows-oblast-1991' | 'follows-loc-1994' | 'new-2020-front-line' | 'new-2020-corridor-edge';

/** loc-2020.geojson: Natural Earth's 12 raw "Ceasefire Line 2020" segments, each explained. */
export function buildLoc2020(inputs: BuildInputs, tolerance: number): Built {
  const oblast = oblastLines(inputs);
  const old1994 = lines1994(inputs);
  const { polygon: nkao } = nkaoPolygon(inputs);
  const segments = named(inputs.neLines, NE_LINE_2020);
  const shusha = inputs.places.find((p) => p.id === 'shusha');
  const edges: Position[][] = [];
  const features = segments.map((f) => {
    const line = partsOf(f.geometry)[0]!;
    const shareOblast = sharedVertexShare(line, oblast);
    const share1994 = sharedVertexShare(line, old1994);
    // The middle of the middle segment tells inside from outside; end points sit on the border.
    const i = Math.floor((line.length - 1) / 2);
    const midpoint = [(line[i]![0]! + line[i + 1]![0]!) / 2, (line[i]![1]! + line[i + 1]![1]!) / 2];
    // A line copied from an older one keeps its corners; 0.8 allows for a re-split end or two.
    const part: Part2020 =
      shareOblast >= 0.8
        ? 'follows-oblast-1991'
        : share1994 >= 0.8
          ? 'follows-loc-1994'
          : booleanPointInPolygon(midpoint, nkao)
            ? 'new-2020-front-line'
            : 'new-2020-corridor-edge';
    if (part === 'new-2020-corridor-edge') edges.push(line);
    const lengthKm = lineLengthKm({ type: 'LineString', coordinates: line });
    const shared = (share: number) =>
      `${Math.round(share * line.length)} of its ${line.length} corners`;
    const isNew = part.startsWith('new-');
    const notes: Record<Part2020, string> = {
      'follows-oblast-1991': `Follows the 1991 oblast border (${shared(shareOblast)} are oblast-border corners${share1994 >= 0.8 ? `; it is also the 1994 line here, ${shared(share1994)}` : ''}).`,
      'follows-loc-1994': `Follows the 1994 line of contact (${shared(share1994)} are corners of the 1994 line): the line did not move here in Natural Earth's depiction.`,
      'new-2020-front-line': `New cut line inside the former oblast (only ${shared(Math.max(shareOblast, share1994))} touch older lines): where the front stood when the fighting stopped on 10 Nov 2020.`,
      'new-2020-corridor-edge':
        'New short line outside the former oblast, running from its south-west edge towards the Armenian border near Kornidzor: most likely an edge of the Lachin corridor.',
    };
    let method: string | undefined;
    if (isNew) {
      method = `Natural Earth's line as drawn, with ${line.length} corners over ${round(lengthKm)} km (one every ${round(lengthKm / Math.max(1, line.length - 1))} km): it may be several km off the real line.`;
      if (shusha?.lon != null && shusha.lat != null && part === 'new-2020-front-line') {
        const km = distanceToLineKm([shusha.lon, shusha.lat], {
          type: 'LineString',
          coordinates: line,
        });
        if (km < 10) {
          method += ` Known error: it passes ${round(km)} km south of Shusha/Shushi, leaving the town on the Armenian-held side although it was taken on 8 Nov 2020 (acknowledged by the Artsakh presidency on 9 Nov: S61a).`;
        }
      }
    }
    return {
      type: 'Feature' as const,
      properties: {
        id: `loc-2020-${String(f.properties?.ne_id)}`,
        name: 'Line of contact after the 10 Nov 2020 ceasefire',
        part,
        followsOblast1991: shareOblast >= 0.8,
        followsLoc1994: share1994 >= 0.8,
        neId: f.properties?.ne_id as number,
        neComment: f.properties?.COMMENT as string,
        note: notes[part],
        approximate: isNew,
        ...(method ? { method } : {}),
        source: SOURCES.neLines,
        license: LICENCES.naturalEarth,
      },
      geometry: { type: 'LineString' as const, coordinates: line },
    };
  });
  const lengthBy = (p: Part2020) =>
    round(
      features
        .filter((f) => f.properties.part === p)
        .reduce((s, f) => s + lineLengthKm(f.geometry), 0),
    );
  // How far apart the two corridor-edge lines run: measured from the middle of one to the other.
  const [a, b] = edges;
  const edgeGapKm =
    a && b
      ? round(
          distanceToLineKm(a[Math.floor(a.length / 2)]!, { type: 'LineString', coordinates: b }),
          2,
        )
      : null;
  return {
    layer: finishLayer(collection(features), tolerance),
    derived: {
      segments: features.length,
      byPart: Object.fromEntries(
        (
          [
            'follows-oblast-1991',
            'follows-loc-1994',
            'new-2020-front-line',
            'new-2020-corridor-edge',
          ] as const
        ).map((p) => [
          p,
          {
            segments: features.filter((f) => f.properties.part === p).map((f) => f.properties.neId),
            lengthKm: lengthBy(p),
          },
        ]),
      ),
      corridorEdgeSeparationKm: edgeGapKm,
      lengthKmFullResolution: round(features.reduce((s, f) => s + lineLengthKm(f.geometry), 0)),
    },
  };
}

/** held-2020-2023.geojson: the largest face of the 2020 line together with the oblast lines. */
export function buildHeld2020(inputs: BuildInputs, tolerance: number): Built {
  const lines2020 = named(inputs.neLines, NE_LINE_2020).flatMap((f) => partsOf(f.geometry));
  const result = polygonizeLines([...lines2020, ...oblastLines(inputs)], SNAP_KM);
  const face = result.faces[0];
  if (!face) throw new Error('the 2020 line and the oblast lines enclose no area');
  const inside = placesInside(face.polygon, inputs.places);
  const errors: string[] = [];
  const shusha = inputs.places.find((p) => p.id === 'shusha');
  if (inside.includes('shusha') && shusha?.lon != null && shusha.lat != null) {
    const km = distanceToLineKm([shusha.lon, shusha.lat], {
      type: 'LineString',
      coordinates: face.polygon.coordinates[0]!,
    });
    errors.push(
      `Shusha/Shushi lies inside this area, ${round(km)} km from its edge, although it was taken on 8 Nov 2020 (S58, S61a): Natural Earth's southern 2020 line passes south of the town.`,
    );
  }
  const claimed = ['talish', 'madaghis'].filter((id) => inside.includes(id));
  if (claimed.length > 0) {
    errors.push(
      `${claimed.map((id) => placeNameOf(inputs, id)).join(' and ')} also lie inside, though Azerbaijan said it took them on 3 Oct 2020 (a claim, S45, S47): in the north Natural Earth keeps the 1994 line.`,
    );
  }
  const properties = {
    id: 'held-2020-2023',
    name: 'Area left to the Armenian side after the 10 Nov 2020 ceasefire (to Sept 2023)',
    areaKm2: Math.round(face.areaKm2),
    approximate: true,
    method:
      `Largest area enclosed by Natural Earth's 12 "${NE_LINE_2020}" segments together with its 1991 oblast lines (the 2020 segments alone do not close: between the two Lachin-corridor edges the boundary is the oblast border). ` +
      `Gaps of up to ${SNAP_KM * 1000} m between pieces were closed by moving line ends to the nearest corner of the neighbouring piece. ` +
      'Does not include the Lachin corridor, and does not show the changes of March and August 2022.',
    knownErrors: errors.length > 0 ? errors.join(' ') : null,
    source: SOURCES.neLines,
    license: LICENCES.naturalEarth,
  };
  return {
    layer: finishLayer(
      collection([{ type: 'Feature', properties, geometry: face.polygon }]),
      tolerance,
    ),
    derived: {
      areaKm2FullResolution: round(face.areaKm2),
      otherFacesKm2: result.faces.slice(1).map((f) => round(f.areaKm2)),
      gapsClosed: describeSnaps(result),
      containsPlaces: inside,
      knownErrors: errors,
    },
  };
}

/**
 * Layers built from Natural Earth's 2020 ceasefire line: the line itself, segment by segment,
 * and the area it leaves to the Armenian side. Node-only; used by scripts/build-geo.ts.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { cutLines, patchEdges } from '../src/lib/geo/cutLines.ts';
import { distanceToLineKm } from '../src/lib/geo/distanceToLineKm.ts';
import { lineLengthKm } from '../src/lib/geo/lineLengthKm.ts';
import { polygonizeLines } from '../src/lib/geo/polygonizeLines.ts';
import { sharedVertexShare } from '../src/lib/geo/sharedVertexShare.ts';
import { controlArea, corrected, describeCorrections } from './build-geo-control.ts';
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

/** Which kind of stretch a 2020 segment is, judged by the vertices it shares with older lines. */
type Part2020 =
  | 'follows-oblast-1991'
  | 'follows-loc-1994'
  | 'new-2020-front-line'
  | 'new-2020-corridor-edge'
  | 'corrected-to-control-points';

/** loc-2020.geojson: Natural Earth's 12 raw "Ceasefire Line 2020" segments, each explained. */
export function buildLoc2020(inputs: BuildInputs, tolerance: number): Built {
  const oblast = oblastLines(inputs);
  const old1994 = lines1994(inputs);
  const { polygon: nkao } = nkaoPolygon(inputs);
  const segments = named(inputs.neLines, NE_LINE_2020);
  const fixed = corrected2020(inputs);
  const patches = fixed.patches.map((p) => p.polygon);
  const edges: Position[][] = [];
  const features = segments.flatMap((f) => {
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
      'corrected-to-control-points': '',
    };
    let method: string | undefined;
    if (isNew) {
      method = `Natural Earth's line as drawn, with ${line.length} corners over ${round(lengthKm)} km (one every ${round(lengthKm / Math.max(1, line.length - 1))} km): it may be several km off the real line.`;
    }
    // Stretches inside a control-point patch are replaced by the patch's edge (features below).
    const pieces = cutLines([line], patches);
    if (pieces.length === 0) return [];
    const cut = pieces.length !== 1 || pieces[0]!.length !== line.length;
    if (cut)
      method = `${method ?? "Natural Earth's line as drawn."} Cut where it ran through a patch drawn around a sourced control point (see held-2020-2023 and data/control.json).`;
    const geometry =
      pieces.length === 1
        ? { type: 'LineString' as const, coordinates: pieces[0]! }
        : { type: 'MultiLineString' as const, coordinates: pieces };
    return {
      type: 'Feature' as const,
      properties: {
        id: `loc-2020-${String(f.properties?.ne_id)}`,
        name: 'Line of contact after the 10 Nov 2020 ceasefire',
        part: part as Part2020,
        followsOblast1991: shareOblast >= 0.8,
        followsLoc1994: share1994 >= 0.8,
        neId: f.properties?.ne_id as number | null,
        neComment: f.properties?.COMMENT as string | null,
        note: notes[part],
        approximate: isNew || cut,
        ...(method ? { method } : {}),
        source: SOURCES.neLines as string,
        license: LICENCES.naturalEarth,
      },
      geometry,
    };
  });
  const area = controlArea('held-2020-2023');
  const redrawn = patchEdges(fixed.patches, rawFace2020(inputs).face.polygon).map((edge, i) => ({
    type: 'Feature' as const,
    properties: {
      id: `loc-2020-corrected-${i + 1}`,
      name: 'Line of contact after the 10 Nov 2020 ceasefire',
      part: 'corrected-to-control-points' as const,
      followsOblast1991: false,
      followsLoc1994: false,
      neId: null,
      neComment: null,
      note: `Redrawn by the build where Natural Earth's line put a sourced control point on the wrong side (${area.from} to ${area.to}).`,
      approximate: true,
      method: describeCorrections(inputs, fixed),
      source: `${SOURCES.neLines}; ${SOURCES.control}`,
      license: LICENCES.naturalEarth,
    },
    geometry: { type: 'LineString' as const, coordinates: edge.line },
  }));
  features.push(...redrawn);
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
            'corrected-to-control-points',
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

/** The largest face of the 2020 line together with the oblast lines, before any correction. */
function rawFace2020(inputs: BuildInputs) {
  const lines2020 = named(inputs.neLines, NE_LINE_2020).flatMap((f) => partsOf(f.geometry));
  const result = polygonizeLines([...lines2020, ...oblastLines(inputs)], SNAP_KM);
  const face = result.faces[0];
  if (!face) throw new Error('the 2020 line and the oblast lines enclose no area');
  return { face, result };
}

/** held-2020-2023.geojson: that face, corrected locally to the sourced control points. */
export function buildHeld2020(inputs: BuildInputs, tolerance: number): Built {
  const { face, result } = rawFace2020(inputs);
  const fixed = corrected(inputs, 'held-2020-2023', () => face.polygon);
  const area = controlArea('held-2020-2023');
  const inside = placesInside(fixed.geometry, inputs.places);
  const properties = {
    id: 'held-2020-2023',
    name: 'Area left to the Armenian side after the 10 Nov 2020 ceasefire (to Sept 2023)',
    areaKm2: Math.round(areaKm2(fixed.geometry)),
    validFrom: area.from,
    validTo: area.to,
    approximate: true,
    method:
      `Largest area enclosed by Natural Earth's 12 "${NE_LINE_2020}" segments together with its 1991 oblast lines (the 2020 segments alone do not close: between the two Lachin-corridor edges the boundary is the oblast border). ` +
      `Gaps of up to ${SNAP_KM * 1000} m between pieces were closed by moving line ends to the nearest corner of the neighbouring piece. ` +
      `${describeCorrections(inputs, fixed)} ` +
      `Stands for ${area.why} (${area.from} to ${area.to}): it does not include the Lachin corridor, the Hin Tagher–Khtsaberd pocket held until 12 Dec 2020, or the disputed positions near Parukh after March 2022.`,
    source: `${SOURCES.neLines}; ${SOURCES.control}`,
    license: LICENCES.naturalEarth,
  };
  return {
    layer: finishLayer(
      collection([{ type: 'Feature', properties, geometry: fixed.geometry }]),
      tolerance,
    ),
    derived: {
      areaKm2FullResolution: round(areaKm2(fixed.geometry)),
      areaKm2BeforeCorrection: round(face.areaKm2),
      otherFacesKm2: result.faces.slice(1).map((f) => round(f.areaKm2)),
      gapsClosed: describeSnaps(result),
      corrections: fixed.corrections,
      containsPlaces: inside,
    },
  };
}

/** The held-2020-2023 correction, for the line of contact to follow. */
export function corrected2020(inputs: BuildInputs) {
  return corrected(inputs, 'held-2020-2023', () => rawFace2020(inputs).face.polygon);
}

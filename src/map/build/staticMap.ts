import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Camera } from '../shared/camera.ts';
import { zoomToMercatorScale } from '../shared/camera.ts';
import { layers } from '../shared/layers.ts';
import type { LayerId } from '../../schemas/layerIds.ts';
import {
  labelDefaults,
  placeLabels,
  type LabelOptions,
  type PlacedLabel,
} from '../shared/placeLabels.ts';
import { placedByMode } from '../shared/labelsByMode.ts';
import type { NameMode } from '../../lib/placeName.ts';
import { rewindForD3 } from './rewindForD3.ts';
import {
  countryLabelDefaults,
  placeCountryLabels,
  type CountryLabelCandidates,
  type PlacedCountryLabel,
} from '../shared/countryLabels.ts';
import { compactPath } from './compactPath.ts';
import {
  annotationKey,
  annotationWords,
  arrowLines,
  type AnnotationKey,
  type ResolvedAnnotation,
  type ScreenBox,
} from '../shared/annotations.ts';
import {
  attachedWordsDefaults,
  placeAttachedWords,
  type MarkPoint,
  type WordsAt,
} from '../shared/attachedWords.ts';
import { pixelFilter } from './pixelFilter.ts';
import { simplifyFilter } from './simplifyFilter.ts';
import { isSharedLayer, layerDetailPx, type ShapePlan, type ShapeUse } from './sharedShapes.ts';

/** A place as the map needs it. */
export interface MapPlace {
  id: string;
  label: string;
  lon: number;
  lat: number;
  /** Lower = more important (placed first). */
  priority: number;
  /** Shown as approximate (sources disagree by more than 2 km). */
  approximate: boolean;
  /** The place's name in each convention, where the page can switch them. */
  names?: Record<NameMode, string>;
}

/** Inputs of {@link renderStaticMap}. */
export interface StaticMapInput {
  geometry: Partial<Record<LayerId, FeatureCollection>>;
  layers: readonly LayerId[];
  places: readonly MapPlace[];
  highlight?: readonly string[];
  camera: Camera;
  width: number;
  height: number;
  /** Padding when fitting bounds, px. */
  padding?: number;
  /** Where country names may go (see countryLabelCandidates); none drawn without them. */
  countries?: readonly CountryLabelCandidates[];
  /** The step's annotations, resolved to coordinates. */
  annotations?: readonly ResolvedAnnotation[];
  /**
   * The page's shared shapes (sharedShapes.ts): context layers are then shown with `<use>` of
   * shapes drawn once per page instead of paths of their own. Without it, every layer is a path.
   */
  shapes?: ShapePlan;
}

/** One drawn annotation mark, in screen space. */
export type StaticAnnotation =
  | { kind: 'line'; key: AnnotationKey | null; d: string }
  | { kind: 'marker'; key: AnnotationKey; x: number; y: number }
  | {
      kind: 'text';
      key: AnnotationKey | null;
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'end';
      /** Placed for the wide drawing or for phones (at a larger size, clear of their labels). */
      set: 'wide' | 'narrow';
      /** The box the words were placed in (estimated from their length). */
      box: ScreenBox;
    };

/** One drawn shape: a path of its own, or a shared shape shown with `<use>`. */
export type StaticPath =
  | {
      layer: LayerId;
      d: string;
      /** Extra class, e.g. "handed-over" for districts. */
      variant?: string;
    }
  | (ShapeUse & { d?: undefined });

/** Screen-space description of a static map, ready for an SVG template. */
export interface StaticMapOutput {
  width: number;
  height: number;
  paths: StaticPath[];
  points: (MapPlace & { x: number; y: number; highlighted: boolean })[];
  labels: PlacedLabel[];
  /** Labels placed for phones, at `narrowFontSize` map units. */
  labelsNarrow: PlacedLabel[];
  narrowFontSize: number;
  /** Country names for the wide and the phone label sets. */
  countryLabels: { wide: PlacedCountryLabel[]; narrow: PlacedCountryLabel[] };
  scaleBar: { km: number; px: number };
  /** Annotation marks, drawn over the layers and under the place labels. */
  annotations: StaticAnnotation[];
  /** What the frame shows, [[west, south], [east, north]] (for the locator inset). */
  viewBounds: [[number, number], [number, number]];
}

export const staticMapDefaults = {
  /** A static map's drawing, map units (StaticMap.astro's default size). */
  width: 720,
  height: 540,
  padding: 24,
  /** The width a phone draws a full-width map at, px. */
  phoneWidth: 390,
  /** Gap between a point and its label in the phone label set, map units. */
  narrowLabelOffset: 10,
  /** Annotation words, map units: 12 wide; on phones 17 (StaticMap.astro's CSS says the same). */
  annotationFontSize: 12,
  narrowAnnotationFontSize: 17,
} as const;

/** Builds the Mercator projection for a camera, matching MapLibre's zoom scale. */
export function projectionFor(
  camera: Camera,
  width: number,
  height: number,
  padding: number,
): GeoProjection {
  const projection = geoMercator();
  if (camera.bounds) {
    const [[w, s], [e, n]] = camera.bounds;
    const corners: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
          [w, n],
          [e, s],
        ],
      },
    };
    return projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      corners,
    );
  }
  const [lon, lat] = camera.center ?? [46.75, 39.8];
  return projection
    .scale(zoomToMercatorScale(camera.zoom ?? 8))
    .center([lon, lat])
    .translate([width / 2, height / 2]);
}

/** Picks a round scale-bar length (1, 2, 5 × 10^n km) about a fifth of the map wide. */
export function scaleBarFor(
  projection: GeoProjection,
  width: number,
  height: number,
): { km: number; px: number } {
  const mid = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
  const kmPerDegLon = 111.32 * Math.cos((mid[1] * Math.PI) / 180);
  const a = projection([mid[0], mid[1]]) ?? [0, 0];
  const b = projection([mid[0] + 1, mid[1]]) ?? [1, 0];
  const pxPerKm = (b[0] - a[0]) / kmPerDegLon;
  const target = width / 5 / pxPerKm;
  const pow = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((m) => m * pow).find((v) => v <= target) ?? pow;
  return { km, px: km * pxPerKm };
}

/** Half the diagonal of a static marker (StaticMap.astro draws it 14 map units tall). */
const MARKER_HALF = 7;
/** Estimated width of a letter of the words, in font sizes (errs wide: bold italic sans). */
const CHAR_WIDTH = 0.62;

/** Screen marks for the annotations: lines for routes and arrows, markers and their words. */
function drawAnnotations(
  list: readonly ResolvedAnnotation[],
  projection: GeoProjection,
  path: ReturnType<typeof geoPath>,
  frame: { width: number; height: number },
  obstacles: Record<'wide' | 'narrow', readonly ScreenBox[]>,
  /** Where labels go in the other naming conventions: avoided too, where there is room. */
  lesser: Record<'wide' | 'narrow', readonly ScreenBox[]>,
  /** Each set's place labels, by their point: words may go on from the label of their place. */
  labels: Record<'wide' | 'narrow', readonly PlacedLabel[]>,
): StaticAnnotation[] {
  const out: StaticAnnotation[] = [];
  const line = (coordinates: [number, number][], key: AnnotationKey | null) => {
    const d = path({ type: 'LineString', coordinates });
    if (d) out.push({ kind: 'line', key, d: compactPath(d.replace(/(\d+)\.(\d)\d*/g, '$1.$2')) });
  };
  const marks: MarkPoint[] = [];
  for (const a of list) {
    const key = annotationKey(a);
    if (a.type === 'route') line(a.path, key);
    else if (a.type === 'arrow') for (const l of arrowLines(a.from, a.to)) line(l, key);
    else if (a.type === 'marker') {
      const xy = projection(a.at);
      if (xy) {
        out.push({ kind: 'marker', key: key!, x: xy[0], y: xy[1] });
        marks.push({ x: xy[0], y: xy[1], r: MARKER_HALF });
      }
    }
  }
  const words = list.flatMap(annotationWords).flatMap((w) => {
    const xy = projection(w.at);
    return xy ? [{ ...w, x: xy[0], y: xy[1] }] : [];
  });
  // Placed twice: the SVG is drawn about half size on phones, where the words are larger in map
  // units and the phone label set is shown, so words placed for the wide drawing would crowd
  // the labels or run off the map.
  const sizes = {
    wide: staticMapDefaults.annotationFontSize,
    narrow: staticMapDefaults.narrowAnnotationFontSize,
  };
  // The live map's placer (attachedWords.ts), so no-JS readers, print and embeds see the words
  // where the live map puts them: by their own point or not at all (the legend and the text
  // still explain a mark whose words found no room).
  for (const set of ['wide', 'narrow'] as const) {
    const size = sizes[set];
    // The live map's gaps are for 12 px words (line height 14.4): scaled to this set's size.
    const k = (size * 1.2) / attachedWordsDefaults.lineHeight;
    const options = {
      lineHeight: size * 1.2,
      minGap: attachedWordsDefaults.minGap * k,
      maxGap: attachedWordsDefaults.maxGap * k,
      spacing: attachedWordsDefaults.spacing * k,
      step: attachedWordsDefaults.step * k,
    };
    const at: WordsAt[] = words.map((w) => {
      const label = labels[set].find((l) => Math.hypot(l.x - w.x, l.y - w.y) < 1)?.box;
      return {
        x: w.x,
        y: w.y,
        variants: w.texts.map((text) => ({ text, width: text.length * size * CHAR_WIDTH })),
        rank: w.rank,
        ...(label ? { label } : {}),
      };
    });
    const scaledMarks = marks.map((m) => ({ ...m, r: m.r + options.spacing / 2 }));
    // Clear of where names go in the other conventions too, unless that costs a word.
    const clearOfAll = placeAttachedWords(
      at,
      [...obstacles[set], ...lesser[set]],
      scaledMarks,
      frame,
      options,
    );
    const clearOfShown = placeAttachedWords(at, obstacles[set], scaledMarks, frame, options);
    const count = (l: typeof clearOfAll) => l.filter(Boolean).length;
    const placed = count(clearOfAll) >= count(clearOfShown) ? clearOfAll : clearOfShown;
    placed.forEach((p, i) => {
      if (!p) return;
      const w = words[i]!;
      // The estimate errs wide, so words left of their point are anchored at their end, which
      // keeps the real (shorter) text as close to its point as the box.
      const anchor: 'start' | 'end' = (p.box.x0 + p.box.x1) / 2 < w.x ? 'end' : 'start';
      out.push({
        kind: 'text',
        key: w.key,
        x: anchor === 'start' ? p.box.x0 : p.box.x1,
        y: p.box.y1 - size * 0.25,
        text: p.text,
        anchor,
        set,
        box: p.box,
      });
    });
  }
  return out;
}

/** The lon/lat box a frame shows (Mercator keeps it a box). */
function viewBoundsOf(
  projection: GeoProjection,
  width: number,
  height: number,
): [[number, number], [number, number]] {
  const sw = projection.invert?.([0, height]) ?? [0, 0];
  const ne = projection.invert?.([width, 0]) ?? [0, 0];
  return [
    [sw[0], sw[1]],
    [ne[0], ne[1]],
  ];
}

/**
 * Renders a step's map view to screen-space paths, points and non-overlapping labels with d3-geo.
 * Pure: the same input gives the same output, so the SVG can be built at build time and tested.
 */
export function renderStaticMap(input: StaticMapInput): StaticMapOutput {
  const { width, height } = input;
  const padding = input.padding ?? staticMapDefaults.padding;
  const projection = projectionFor(input.camera, width, height, padding);
  // Clip to the frame (with a margin so strokes at the edge stay whole) and drop sub-pixel detail:
  // a story has ~30 static maps, and without this they would weigh megabytes.
  const margin = 8;
  const clipped = projectionFor(input.camera, width, height, padding).clipExtent([
    [-margin, -margin],
    [width + margin, height + margin],
  ]);
  const path = geoPath({ stream: (output) => clipped.stream(pixelFilter(output, 0.75)) });
  // Layers are drawn to whole pixels: the story's maps show at most ~1.1× their 720 px frame, so
  // a half-pixel error is invisible, and whole offsets compress far better (−18 KB gzipped on the
  // story). Their points are kept only where the edge bends by more than half a pixel (a pixel
  // for context layers, land and rivers, which need less detail): −11 KB more, and no less
  // accurate than the distance filters it replaced (points 1 and 2 px apart).
  const pathAt = (px: number) =>
    geoPath({ stream: (output) => clipped.stream(simplifyFilter(output, px)) });
  const pathCache = new Map<number, ReturnType<typeof geoPath>>();
  const pathFor = (px: number) => pathCache.get(px) ?? pathCache.set(px, pathAt(px)).get(px)!;
  const roundWhole = (d: string | null) =>
    (d ?? '').replace(/(-?\d+)\.(\d)\d*/g, (_, i: string, t: string) =>
      String(Math.round(Number(`${i}.${t}`))),
    );

  const paths: StaticPath[] = [];
  const frame = { camera: input.camera, width, height, padding, layers: input.layers };
  for (const id of input.layers) {
    if (input.shapes && isSharedLayer(id)) {
      paths.push(...input.shapes.usesFor(frame, id));
      continue;
    }
    const collection = input.geometry[id];
    if (!collection) continue;
    const def = layers[id];
    for (const feature of collection.features) {
      // Corridor files also carry the route line: draw polygons for fills and lines for lines.
      const isArea =
        feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
      if (def.kind === 'fill' && !isArea) continue;
      const detail = layerDetailPx(id);
      const d = compactPath(roundWhole(pathFor(detail)(rewindForD3(feature))));
      if (!d) continue;
      const status = (feature.properties as Record<string, unknown> | null)?.[
        def.variantBy ?? 'status'
      ];
      paths.push({ layer: id, d, ...(typeof status === 'string' ? { variant: status } : {}) });
    }
  }

  const highlight = new Set(input.highlight ?? []);
  const points = input.places
    .map((p) => {
      const xy = projection([p.lon, p.lat]);
      return xy ? { ...p, x: xy[0], y: xy[1], highlighted: highlight.has(p.id) } : null;
    })
    .filter(
      (p): p is NonNullable<typeof p> =>
        p !== null && p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height,
    );

  const candidates = points.map((p) => ({
    id: p.id,
    text: p.label,
    x: p.x,
    y: p.y,
    priority: p.highlighted ? -1 : p.priority,
  }));
  // The SVG scales with its column, so phones get a second label set, placed at a larger font
  // size in map units, that still reads at 13 px when the map is drawn 390 px wide.
  const narrowFontSize = Math.round(
    labelDefaults.fontSize * (width / staticMapDefaults.phoneWidth),
  );
  const labels = placeLabels(candidates, { width, height });
  const narrowOptions = {
    width,
    height,
    fontSize: narrowFontSize,
    offset: staticMapDefaults.narrowLabelOffset,
  };
  const labelsNarrow = placeLabels(candidates, narrowOptions);
  // Annotation words keep clear of the labels, and where there is room of where labelsByMode
  // puts them in the other naming conventions the page can switch to.
  const names = new Map(points.flatMap((p) => (p.names ? [[p.id, p.names] as const] : [])));
  // Label widths are estimated from letter counts, and the bold names run up to a sixth wider
  // than that (measured in Chromium), so the words keep that much further off.
  const roomy = ({ x0, y0, x1, y1 }: ScreenBox): ScreenBox => {
    const grow = (x1 - x0) * 0.16;
    return { x0: x0 - grow, y0: y0 - 2, x1: x1 + grow, y1: y1 + 2 };
  };
  const otherModes = (set: PlacedLabel[], options: Partial<LabelOptions>) =>
    [...placedByMode(set, points, names, options).values()].flatMap((byId) =>
      [...byId.values()].map((l) => roomy(l.box)),
    );
  // Country names keep clear of every place and its label, in each label set.
  const countriesFor = (set: PlacedLabel[], scale: number) => {
    if (!input.countries) return [];
    const avoid = [
      ...points,
      ...set.flatMap((l) => [
        { x: l.box.x0, y: l.box.y0 },
        { x: l.box.x1, y: l.box.y1 },
        { x: (l.box.x0 + l.box.x1) / 2, y: (l.box.y0 + l.box.y1) / 2 },
      ]),
    ];
    const project = (lonLat: [number, number]) => {
      const xy = projection(lonLat);
      return xy ? { x: xy[0], y: xy[1] } : null;
    };
    return placeCountryLabels(input.countries, project, {
      width,
      height,
      avoid,
      areas: new Set(input.layers),
      fontSize: countryLabelDefaults.fontSize * scale,
      minClear: countryLabelDefaults.minClear * scale,
    });
  };
  return {
    width,
    height,
    paths,
    points,
    labels,
    labelsNarrow,
    narrowFontSize,
    countryLabels: {
      wide: countriesFor(labels, 1),
      narrow: countriesFor(labelsNarrow, width / staticMapDefaults.phoneWidth),
    },
    scaleBar: scaleBarFor(projection, width, height),
    annotations: drawAnnotations(
      input.annotations ?? [],
      projection,
      path,
      { width, height },
      {
        wide: [
          ...points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 })),
          ...labels.map((l) => roomy(l.box)),
        ],
        narrow: [
          ...points.map((p) => ({ x0: p.x - 8, y0: p.y - 8, x1: p.x + 8, y1: p.y + 8 })),
          ...labelsNarrow.map((l) => roomy(l.box)),
        ],
      },
      {
        wide: otherModes(labels, { width, height }),
        narrow: otherModes(labelsNarrow, narrowOptions),
      },
      { wide: labels, narrow: labelsNarrow },
    ),
    viewBounds: viewBoundsOf(projection, width, height),
  };
}

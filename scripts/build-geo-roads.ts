/**
 * roads.geojson: Natural Earth's 10m roads around Karabakh, taken from one vector tile of the
 * Natural Earth tile set because the roads file itself (ne_10m_roads, tens of MB) cannot be had
 * here. Node-only; used by scripts/build-geo.ts.
 *
 * The tile is z7/x80/y48 of lukasmartinelli/naturalearthtiles v1.0 (2016, built from the Natural
 * Earth SQLite package of that time), as unpacked in the public repository
 * mapion/natural-earth-tiles (commit 3a31baa288d029b68a044b6eb27e64dbd1f8f9f7, file
 * tiles/7/80/48.pbf). Its `road` layer holds ne_10m_roads features of scalerank ≤ 7 (minor roads
 * of scalerank 8+ are not in the tile set), on the tile's grid of 1/4096 of 2.8125° (≈ 60 m).
 *
 * The tile is an optional input: where it is absent (it lies beside the other raw files, named
 * ROADS_TILE.file) the build carries the committed roads.geojson forward unchanged, since nothing
 * in data/ feeds it. Where present it must be the very tile above (its sha256 is pinned). To get
 * it: `git show 3a31baa288d029b68a044b6eb27e64dbd1f8f9f7:tiles/7/80/48.pbf` in a clone of
 * mapion/natural-earth-tiles.
 */
import { createHash } from 'node:crypto';
import { bboxClip } from '@turf/turf';
import type { Feature, Geometry, GeoJsonProperties, Position } from 'geojson';
import { decodeMvtLines } from '../src/lib/geo/decodeMvt.ts';
import { mergeLines } from '../src/lib/geo/mergeLines.ts';
import { collection, finishLayer, type Layer } from './build-geo-output.ts';
import { LICENCES, ROADS_TILE_FILE, type RoadsInput } from './build-geo-sources.ts';

/** The raw tile: its file name in the raw folder, its position, and what it must hash to. */
export const ROADS_TILE = {
  file: ROADS_TILE_FILE,
  tile: { z: 7, x: 80, y: 48 },
  sha256: '29a3d3259a44e12f7c2c563c1cb5d362a653cdf028bb31a6431182d9f599b5ab',
} as const;

/**
 * The box roads are kept in: [west, south, east, north]. It holds every zoomed-in story view
 * (45.2–47.45° E, 38.85–40.85° N) and stays inside the tile (45.0–47.81° E, 38.82–40.98° N), so
 * no road is cut short by the tile's edge within it.
 */
export const ROADS_BOX: [number, number, number, number] = [45.05, 38.85, 47.8, 40.95];

export const ROADS_SOURCE =
  'Natural Earth 10m roads (scalerank ≤ 7), via the Natural Earth vector tiles v1.0 (lukasmartinelli/naturalearthtiles, 2016) as unpacked in mapion/natural-earth-tiles 3a31baa2: tile 7/80/48, layer road';

/** NE's road `type` as our files name it: "Major Highway" → "major-highway". */
const typeSlug = (t: unknown): string =>
  String(t ?? 'unknown')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One feature holding every road in ROADS_BOX, its pieces joined where they meet end to end. One
 * feature, not one per Natural Earth class: nothing draws the classes apart, and each feature is
 * a `<use>` in every static map that shows the roads (bytes on the story's HTML). The classes
 * present are listed in `scaleranks` and `roadTypes`.
 */
export function buildRoads(input: RoadsInput, tolerance: number): Layer {
  if (!input.tile) {
    // Nothing in data/ feeds the roads: without the tile, the committed file is the build's output.
    if (!input.committed)
      throw new Error(
        `the roads tile ${ROADS_TILE.file} is not in the raw folder and there is no committed roads.geojson to keep`,
      );
    return input.committed;
  }
  const hash = createHash('sha256').update(input.tile).digest('hex');
  if (hash !== ROADS_TILE.sha256)
    throw new Error(
      `${ROADS_TILE.file} is not the Natural Earth tile 7/80/48 the roads are built from (sha256 ${hash}, expected ${ROADS_TILE.sha256})`,
    );
  const parts: Position[][] = [];
  const scaleranks = new Set<number>();
  const types = new Set<string>();
  for (const road of decodeMvtLines(input.tile, ROADS_TILE.tile, 'road')) {
    const clipped = bboxClip(
      { type: 'MultiLineString', coordinates: road.lines },
      ROADS_BOX,
    ).geometry;
    const lines =
      clipped.type === 'LineString'
        ? [clipped.coordinates]
        : clipped.type === 'MultiLineString'
          ? clipped.coordinates
          : [];
    const kept = lines.filter((l) => l.length >= 2);
    if (kept.length === 0) continue;
    parts.push(...kept);
    scaleranks.add(Number(road.properties.scalerank));
    types.add(typeSlug(road.properties.type));
  }
  const merged = mergeLines(parts);
  const feature: Feature<Geometry, GeoJsonProperties> = {
    type: 'Feature',
    properties: {
      id: 'roads-ne-10m',
      name: 'Main roads (Natural Earth 10m roads of scalerank ≤ 7)',
      kind: 'road',
      scaleranks: [...scaleranks].sort((a, b) => a - b),
      roadTypes: [...types].sort(),
      approximate: false,
      source: ROADS_SOURCE,
      license: LICENCES.naturalEarth,
    },
    geometry: { type: 'MultiLineString', coordinates: merged },
  };
  return finishLayer(collection([feature]), tolerance);
}

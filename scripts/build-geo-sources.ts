/**
 * Inputs of the geometry build: where the raw files live, how to read them, and the source and
 * licence wording every layer repeats. Node-only (reads files); used by scripts/build-geo.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { z } from 'zod';
import { controlFileSchema, type ControlPoint } from '../src/schemas/control.ts';
import { placesFileSchema, type Place } from '../src/schemas/place.ts';

/** Paths the build reads from and writes to. */
export interface BuildPaths {
  repoRoot: string;
  rawDir: string;
  placesFile: string;
  controlFile: string;
  worldAtlasFile: string;
  outDir: string;
  /** The optional roads tile (see scripts/build-geo-roads.ts). */
  roadsTileFile: string;
  /** The committed roads, carried forward when the tile is absent. */
  committedRoadsFile: string;
}

/**
 * Resolves the paths, honouring GEO_RAW_DIR / GEO_PLACES_FILE / GEO_OUT_DIR overrides. Places come
 * from the editors' gazetteer in data/, so moving a place there moves what is derived from it
 * (the corridor route, the places each area contains) on the next `npm run geo`.
 */
export function resolvePaths(
  repoRoot: string,
  env: Record<string, string | undefined> = process.env,
): BuildPaths {
  const shared = path.resolve(repoRoot, '../shared');
  const require = createRequire(path.join(repoRoot, 'package.json'));
  return {
    repoRoot,
    rawDir: path.resolve(env.GEO_RAW_DIR ?? path.join(shared, 'data/raw')),
    placesFile: path.resolve(env.GEO_PLACES_FILE ?? path.join(repoRoot, 'data/places.json')),
    controlFile: path.resolve(env.GEO_CONTROL_FILE ?? path.join(repoRoot, 'data/control.json')),
    worldAtlasFile: require.resolve('world-atlas/countries-10m.json'),
    outDir: path.resolve(env.GEO_OUT_DIR ?? path.join(repoRoot, 'data/geometry')),
    roadsTileFile: path.resolve(
      env.GEO_ROADS_TILE ??
        path.join(env.GEO_RAW_DIR ?? path.join(shared, 'data/raw'), ROADS_TILE_FILE),
    ),
    committedRoadsFile: path.join(repoRoot, 'data/geometry/roads.geojson'),
  };
}

/**
 * The roads tile's name in the raw folder. Optional, unlike RAW_FILES: without it the committed
 * roads.geojson is kept (see scripts/build-geo-roads.ts).
 */
export const ROADS_TILE_FILE = 'naturalearthtiles-v1.0-z7-80-48.pbf';

/** The raw files used, by role. */
export const RAW_FILES = {
  neLines: 'ne10m_boundary_lines_disputed_areas_caucasus.geojson',
  neLinesOld: 'ne10m_OLD_boundary_lines_disputed_areas_caucasus.geojson',
  neAreasOld: 'ne10m_OLD_disputed_areas_caucasus.geojson',
  neLakes: 'ne10m_lakes_caucasus.geojson',
  neRivers: 'ne10m_rivers_lake_centerlines_caucasus.geojson',
  neRiversEurope: 'ne10m_rivers_europe_caucasus.geojson',
  gbAzeAdm2: 'geoBoundaries-AZE-ADM2_simplified.topojson',
  gbAzeAdm2Meta: 'geoBoundaries-AZE-ADM2-metaData.json',
} as const;

/** One gazetteer entry, as data/places.json holds it (parsed by the same schema as the site). */
export type GazetteerPlace = Place;

/** Everything the layer builders read, parsed once. */
export interface BuildInputs {
  neLines: FeatureCollection<Geometry, GeoJsonProperties>;
  neLinesOld: FeatureCollection<Geometry, GeoJsonProperties>;
  neAreasOld: FeatureCollection<Geometry, GeoJsonProperties>;
  neLakes: FeatureCollection<Geometry, GeoJsonProperties>;
  neRivers: FeatureCollection<Geometry, GeoJsonProperties>;
  neRiversEurope: FeatureCollection<Geometry, GeoJsonProperties>;
  gbAzeAdm2: Topology;
  gbAzeAdm2Meta: Record<string, string>;
  worldAtlas: Topology;
  places: GazetteerPlace[];
  /** Sourced control points (data/control.json) the Karabakh areas must agree with. */
  control: ControlPoint[];
  /** The roads tile, or the committed roads where it is absent. */
  roads: RoadsInput;
  /** sha256 of every file read, by file name, for the manifest. */
  hashes: Record<string, string>;
}

/**
 * Input of the roads layer. The tile is not hashed into the manifest (its sha256 is pinned in
 * scripts/build-geo-roads.ts instead), so a build without it writes the same manifest.
 */
export interface RoadsInput {
  /** The tile's bytes, or null when it is not in the raw folder. */
  tile: Uint8Array | null;
  /** The committed data/geometry/roads.geojson, used when `tile` is null. */
  committed: FeatureCollection<Geometry, GeoJsonProperties> | null;
}

/** Reads and parses every input, recording each file's sha256. */
export function readInputs(paths: BuildPaths): BuildInputs {
  const hashes: Record<string, string> = {};
  const read = (file: string, label: string): unknown => {
    const text = readFileSync(file);
    hashes[label] = createHash('sha256').update(text).digest('hex');
    return JSON.parse(text.toString('utf8'));
  };
  const raw = (name: string): never => read(path.join(paths.rawDir, name), name) as never;
  return {
    neLines: raw(RAW_FILES.neLines),
    neLinesOld: raw(RAW_FILES.neLinesOld),
    neAreasOld: raw(RAW_FILES.neAreasOld),
    neLakes: raw(RAW_FILES.neLakes),
    neRivers: raw(RAW_FILES.neRivers),
    neRiversEurope: raw(RAW_FILES.neRiversEurope),
    gbAzeAdm2: raw(RAW_FILES.gbAzeAdm2),
    gbAzeAdm2Meta: raw(RAW_FILES.gbAzeAdm2Meta),
    worldAtlas: read(paths.worldAtlasFile, 'world-atlas/countries-10m.json') as Topology,
    places: parsePlaces(read(paths.placesFile, 'data/places.json'), paths.placesFile),
    control: parseWith(
      controlFileSchema,
      read(paths.controlFile, 'data/control.json'),
      paths.controlFile,
      'is not a valid list of control points',
    ),
    roads: {
      tile: existsSync(paths.roadsTileFile)
        ? new Uint8Array(readFileSync(paths.roadsTileFile))
        : null,
      committed: existsSync(paths.committedRoadsFile)
        ? (JSON.parse(readFileSync(paths.committedRoadsFile, 'utf8')) as FeatureCollection<
            Geometry,
            GeoJsonProperties
          >)
        : null,
    },
    hashes,
  };
}

/** The gazetteer through its zod schema: a bad file stops the build with its path and reason. */
function parsePlaces(raw: unknown, file: string): GazetteerPlace[] {
  return parseWith(placesFileSchema, raw, file, 'is not a valid gazetteer');
}

/** A data file through its zod schema; the first problem stops the build with path and reason. */
function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string, fallback: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `${file} › ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? fallback} (run npm run validate for every problem)`,
  );
}

/** Licence wording repeated on every feature. */
export const LICENCES = {
  naturalEarth: 'Public domain (Natural Earth)',
  geoBoundariesAzeAdm2: 'CC BY-SA 3.0',
  own: 'Own derivation, no third-party geometry (CC0)',
} as const;

/** Source wording (dataset + file) repeated on every feature. */
export const SOURCES = {
  neLines: `Natural Earth 10m admin-0 boundary lines, disputed areas (newer release, nvkelso/natural-earth-vector 6a9da465): ${RAW_FILES.neLines}`,
  neLinesOld: `Natural Earth 10m admin-0 boundary lines, disputed areas (2017 release, martynafford/natural-earth-geojson 0b9a6ceb): ${RAW_FILES.neLinesOld}`,
  neAreasOld: `Natural Earth 10m admin-0 disputed areas (2017 release, martynafford/natural-earth-geojson 0b9a6ceb): ${RAW_FILES.neAreasOld}`,
  neLakes: `Natural Earth 10m lakes (2017 release): ${RAW_FILES.neLakes}`,
  neRivers: `Natural Earth 10m rivers and lake centrelines (2017 release): ${RAW_FILES.neRivers}`,
  neRiversEurope: `Natural Earth 10m rivers, Europe supplement (2017 release): ${RAW_FILES.neRiversEurope}`,
  worldAtlas:
    'Natural Earth 10m admin-0 countries v4.1.0 via the world-atlas npm package 2.0.2: countries-10m.json',
  gbAzeAdm2: `geoBoundaries gbOpen AZE ADM2 (wmgeolab/geoBoundaries 3805554f, boundary source Wikipedia 2020): ${RAW_FILES.gbAzeAdm2}`,
  places: 'Gazetteer data/places.json (coordinates and their sources per place)',
  control: 'Control points data/control.json (who held which place when, with sources)',
} as const;

/** Attribution geoBoundaries asks for, with the upstream source named in its metadata. */
export const GEOBOUNDARIES_ATTRIBUTION =
  'geoBoundaries (www.geoboundaries.org): Runfola, D. et al. (2020) geoBoundaries: A global database of political administrative boundaries. PLoS ONE 15(4): e0231866. AZE ADM2 boundaries derived from Wikipedia (Administrative divisions of Azerbaijan), CC BY-SA 3.0.';

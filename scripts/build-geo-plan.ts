/**
 * What the geometry build makes: one plan per output file, with its builder, source, licence
 * and simplification tolerance. Node-only; used by scripts/build-geo.ts.
 */
import { buildCountries, buildWater } from './build-geo-basemap.ts';
import { buildHeld2020, buildLoc2020 } from './build-geo-2020.ts';
import { buildCorridor } from './build-geo-corridor.ts';
import { buildDistricts } from './build-geo-districts.ts';
import { buildRoads, ROADS_SOURCE } from './build-geo-roads.ts';
import { buildHeld1994, buildLoc1994, buildNkao } from './build-geo-lines.ts';
import type { Built } from './build-geo-ne.ts';
import type { Layer } from './build-geo-output.ts';
import { LICENCES, SOURCES, type BuildInputs } from './build-geo-sources.ts';

/** How one output file is made. */
export interface LayerPlan {
  file: string;
  /** Douglas–Peucker tolerance in degrees for the published file (0.001° ≈ 100 m). */
  tolerance: number;
  /** "arcs" when shared borders are simplified once, "features" when each feature on its own. */
  simplifiedBy: 'arcs' | 'features';
  source: string;
  license: string;
  build: (inputs: BuildInputs, tolerance: number) => Built;
}

/** Wraps a builder that has no derived figures of its own. */
const plain =
  (build: (inputs: BuildInputs, tolerance: number) => Layer) =>
  (inputs: BuildInputs, tolerance: number): Built => ({
    layer: build(inputs, tolerance),
    derived: {},
  });

/**
 * Tolerances were chosen so the whole payload stays well under 250 KB gzipped while the Karabakh
 * lines keep every bend visible at zoom 10 (one pixel ≈ 120 m at 40° N): those get 0.0003°
 * (≈ 30 m), context layers more.
 */
export const PLANS: LayerPlan[] = [
  {
    file: 'countries.geojson',
    tolerance: 0.002,
    simplifiedBy: 'arcs',
    source: SOURCES.worldAtlas,
    license: LICENCES.naturalEarth,
    build: plain(buildCountries),
  },
  {
    file: 'water.geojson',
    tolerance: 0.002,
    simplifiedBy: 'features',
    source: `${SOURCES.neRivers}; ${SOURCES.neRiversEurope}; ${SOURCES.neLakes}`,
    license: LICENCES.naturalEarth,
    build: plain(buildWater),
  },
  {
    // Not simplified: the tile's grid (≈ 60 m) is already coarser than any tolerance worth using,
    // and a build without the tile must write the same manifest (before = after).
    file: 'roads.geojson',
    tolerance: 0,
    simplifiedBy: 'features',
    source: ROADS_SOURCE,
    license: LICENCES.naturalEarth,
    build: plain((inputs, tolerance) => buildRoads(inputs.roads, tolerance)),
  },
  {
    file: 'nkao-1991.geojson',
    tolerance: 0.0003,
    simplifiedBy: 'features',
    source: SOURCES.neLines,
    license: LICENCES.naturalEarth,
    build: buildNkao,
  },
  {
    file: 'loc-1994.geojson',
    tolerance: 0.0003,
    simplifiedBy: 'features',
    source: SOURCES.neLinesOld,
    license: LICENCES.naturalEarth,
    build: buildLoc1994,
  },
  {
    file: 'loc-2020.geojson',
    tolerance: 0.0003,
    simplifiedBy: 'features',
    source: SOURCES.neLines,
    license: LICENCES.naturalEarth,
    build: buildLoc2020,
  },
  {
    file: 'held-1994-2020.geojson',
    tolerance: 0.0003,
    simplifiedBy: 'features',
    source: SOURCES.neAreasOld,
    license: LICENCES.naturalEarth,
    build: buildHeld1994,
  },
  {
    file: 'held-2020-2023.geojson',
    tolerance: 0.0003,
    simplifiedBy: 'features',
    source: SOURCES.neLines,
    license: LICENCES.naturalEarth,
    build: buildHeld2020,
  },
  {
    file: 'districts.geojson',
    tolerance: 0.001,
    simplifiedBy: 'arcs',
    source: SOURCES.gbAzeAdm2,
    license: LICENCES.geoBoundariesAzeAdm2,
    build: buildDistricts,
  },
  {
    file: 'lachin-corridor.geojson',
    tolerance: 0,
    simplifiedBy: 'features',
    source: `${SOURCES.places}; statement of 9/10 Nov 2020 (S88, S89)`,
    license: LICENCES.own,
    build: buildCorridor,
  },
];

/** The budget the site promises: all geometry under 250 KB gzipped. */
export const GZIP_BUDGET_BYTES = 250_000;

/**
 * Builds the map geometry in data/geometry/ from the raw geodata in ../shared/data/raw, the
 * world-atlas package and the gazetteer in data/places.json: `npm run geo`. Deterministic: the same inputs give byte-identical files.
 * Every layer is validated before anything is written; a problem stops the build.
 * Node-only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { lineLengthKm } from '../src/lib/geo/lineLengthKm.ts';
import { validateGeoJson } from '../src/lib/geo/validateGeoJson.ts';
import { BASEMAP_BOX } from './build-geo-basemap.ts';
import { NKAO_PUBLISHED_KM2 } from './build-geo-ne.ts';
import {
  countVertices,
  DECIMALS,
  formatSummary,
  measure,
  serialize,
  total,
  type FileEntry,
  type Layer,
} from './build-geo-output.ts';
import { GZIP_BUDGET_BYTES, PLANS, type LayerPlan } from './build-geo-plan.ts';
import { RAW_FILES, readInputs, resolvePaths, type BuildInputs } from './build-geo-sources.ts';
import { geometryInputsFile, missingRawData } from '../src/lib/validate/geometryInputs.ts';

const round = (n: number, d = 1): number => Number(n.toFixed(d));

/** One built file, before and after simplification. */
interface Output {
  plan: LayerPlan;
  text: string;
  layer: Layer;
  entry: FileEntry;
}

/** Builds one file twice, unsimplified and simplified, and measures both. */
function buildOne(plan: LayerPlan, inputs: BuildInputs): Output {
  const before = plan.build(inputs, 0);
  const after = plan.tolerance === 0 ? before : plan.build(inputs, plan.tolerance);
  const beforeText = serialize(before.layer);
  const text = serialize(after.layer);
  const sizeBefore = measure(beforeText);
  const sizeAfter = measure(text);
  return {
    plan,
    text,
    layer: after.layer,
    entry: {
      file: plan.file,
      features: after.layer.features.length,
      ids: after.layer.features.map((f) => f.properties?.id),
      source: plan.source,
      license: plan.license,
      simplification: {
        toleranceDegrees: plan.tolerance,
        by: plan.simplifiedBy === 'arcs' ? 'shared arcs (topology kept)' : 'feature by feature',
      },
      vertices: { before: countVertices(before.layer), after: countVertices(after.layer) },
      bytes: { before: sizeBefore.bytes, after: sizeAfter.bytes },
      gzipBytes: { before: sizeBefore.gzipBytes, after: sizeAfter.gzipBytes },
      derived: after.derived,
    },
  };
}

/** Headline figures measured on the published (simplified) files, with the published values. */
function headline(outputs: Output[]): Record<string, unknown> {
  const layer = (file: string): Layer => outputs.find((o) => o.plan.file === file)!.layer;
  return {
    nkao1991AreaKm2: round(areaKm2(layer('nkao-1991.geojson'))),
    nkao1991PublishedAreaKm2: { value: NKAO_PUBLISHED_KM2, year: 1989, sources: ['S167', 'S170'] },
    held1994to2020AreaKm2: round(areaKm2(layer('held-1994-2020.geojson'))),
    held2020to2023AreaKm2: round(areaKm2(layer('held-2020-2023.geojson'))),
    loc2020LengthKm: round(lineLengthKm(layer('loc-2020.geojson'))),
    loc1994LengthKm: round(lineLengthKm(layer('loc-1994.geojson'))),
  };
}

/** Reads, builds, validates all layers, then writes them with the manifest. */
async function main(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const paths = resolvePaths(repoRoot);
  const missing = missingRawData(paths.rawDir, Object.values(RAW_FILES));
  if (missing) throw new Error(missing);
  const inputs = readInputs(paths);
  const outputs = PLANS.map((plan) => buildOne(plan, inputs));
  const entries = outputs.map((o) => o.entry);

  const problems = outputs.flatMap((o) =>
    validateGeoJson(o.layer).map((p) => `${o.plan.file}: ${p.path}: ${p.message}`),
  );
  if (problems.length > 0) {
    console.error(
      `Geometry build stopped: ${problems.length} problem(s), nothing written.\n${problems.join('\n')}`,
    );
    process.exitCode = 1;
    return;
  }

  const manifest = {
    description:
      'Map geometry built by scripts/build-geo.ts (npm run geo) from ../shared/data/raw and world-atlas. Do not edit by hand.',
    coordinates: `WGS84 longitude/latitude (RFC 7946), rounded to ${DECIMALS} decimals; outer rings counter-clockwise`,
    basemapBox: BASEMAP_BOX,
    inputs: Object.fromEntries(
      Object.entries(inputs.hashes)
        .sort(([a], [b]) => (a < b ? -1 : 1)) // code-point order: the same on every machine
        .map(([f, h]) => [f, { sha256: h }]),
    ),
    files: entries,
    totals: {
      vertices: total(entries, (e) => e.vertices),
      bytes: total(entries, (e) => e.bytes),
      gzipBytes: total(entries, (e) => e.gzipBytes),
      gzipBudgetBytes: GZIP_BUDGET_BYTES,
    },
    derived: headline(outputs),
  };

  mkdirSync(paths.outDir, { recursive: true });
  for (const o of outputs) writeFileSync(path.join(paths.outDir, o.plan.file), o.text);
  // What the validator compares with data/ to catch a place added without npm run geo.
  const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(
    path.join(paths.outDir, 'inputs.json'),
    geometryInputsFile(json(paths.placesFile), json(paths.controlFile)),
  );
  // Formatted the way the repo's Prettier config wants, so `npm run lint` accepts the file as written.
  const manifestFile = path.join(paths.outDir, 'manifest.json');
  const prettierOptions =
    (await resolveConfig(path.join(repoRoot, 'data/geometry/manifest.json'))) ?? {};
  writeFileSync(
    manifestFile,
    await format(JSON.stringify(manifest), { ...prettierOptions, parser: 'json' }),
  );

  console.log(
    `Geometry written to ${path.relative(repoRoot, paths.outDir)}/\n` +
      formatSummary(entries, GZIP_BUDGET_BYTES, manifest.derived),
  );
}

// An input problem (a missing raw file, a gazetteer that breaks its schema) is reported in one
// line an editor can act on, not as a stack trace.
try {
  await main();
} catch (error) {
  console.error(`✗ npm run geo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

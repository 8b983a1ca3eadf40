import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaKm2 } from '../src/lib/geo/areaKm2.ts';
import { validateGeoJson } from '../src/lib/geo/validateGeoJson.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const geometryDir = path.join(repoRoot, 'data/geometry');
// The site's own gazetteer, which the build reads.
const placesFile = process.env.GEO_PLACES_FILE ?? path.join(repoRoot, 'data/places.json');
// The raw geodata lives beside the repository (../shared, as on CI); without it the rebuild
// checks cannot run, but the checks of the committed files still do.
const rawDir = process.env.GEO_RAW_DIR ?? path.resolve(repoRoot, '../shared/data/raw');

type Layer = FeatureCollection<Polygon | MultiPolygon>;
const read = (file: string): Layer =>
  JSON.parse(readFileSync(path.join(geometryDir, file), 'utf8')) as Layer;
const manifest = JSON.parse(readFileSync(path.join(geometryDir, 'manifest.json'), 'utf8')) as {
  files: {
    file: string;
    features: number;
    bytes: { after: number };
    gzipBytes: { after: number };
  }[];
  totals: { gzipBytes: { before: number; after: number }; gzipBudgetBytes: number };
};
const geojsonFiles = readdirSync(geometryDir)
  .filter((f) => f.endsWith('.geojson'))
  .sort();
const places = JSON.parse(readFileSync(placesFile, 'utf8')) as {
  id: string;
  lon: number | null;
  lat: number | null;
}[];
const at = (id: string): [number, number] => {
  const p = places.find((q) => q.id === id);
  if (!p || p.lon === null || p.lat === null)
    throw new Error(`gazetteer has no coordinates for ${id}`);
  return [p.lon, p.lat];
};
const only = (file: string): Feature<Polygon | MultiPolygon> => read(file).features[0]!;
const within = (value: number, target: number, share: number) =>
  Math.abs(value - target) / target <= share;

describe('data/geometry', () => {
  it('has every file the manifest lists, and nothing it does not', () => {
    expect(manifest.files.map((f) => f.file).sort()).toEqual(geojsonFiles);
  });

  it.each(geojsonFiles)('%s passes validateGeoJson with no problems', (file) => {
    expect(validateGeoJson(read(file))).toEqual([]);
  });

  it('uses each feature id only once across all files', () => {
    const ids = geojsonFiles.flatMap((f) =>
      read(f).features.map((x) => x.properties?.id as string),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every feature a name and a licence', () => {
    for (const file of geojsonFiles) {
      for (const f of read(file).features) {
        expect(typeof f.properties?.name, `${file} ${f.properties?.id}`).toBe('string');
        expect(typeof f.properties?.license, `${file} ${f.properties?.id}`).toBe('string');
      }
    }
  });
});

describe('manifest.json', () => {
  it('keeps the whole geometry payload under 250 KB gzipped', () => {
    expect(manifest.totals.gzipBudgetBytes).toBe(250_000);
    expect(manifest.totals.gzipBytes.after).toBeLessThan(250_000);
  });

  it('records the real size and feature count of every file', () => {
    for (const entry of manifest.files) {
      const text = readFileSync(path.join(geometryDir, entry.file));
      expect(entry.bytes.after, entry.file).toBe(text.length);
      expect(entry.gzipBytes.after, entry.file).toBe(gzipSync(text, { level: 9 }).length);
      expect(entry.features, entry.file).toBe(read(entry.file).features.length);
    }
  });
});

describe('derived areas against published values', () => {
  it('NKAO 1991 is within 5% of the published 4,388 km² (1989; S167)', () => {
    expect(within(areaKm2(only('nkao-1991.geojson')), 4388, 0.05)).toBe(true);
  });

  it('the area held 1994–2020 is within 5% of about 11,900 km² (Natural Earth B38)', () => {
    expect(within(areaKm2(only('held-1994-2020.geojson')), 11_900, 0.05)).toBe(true);
  });

  it('the area left after 10 Nov 2020 is between 2,800 and 3,400 km²', () => {
    const km2 = areaKm2(only('held-2020-2023.geojson'));
    expect(km2).toBeGreaterThan(2800);
    expect(km2).toBeLessThan(3400);
  });

  it('the seven districts outside the oblast plus the oblast roughly make up the 1994–2020 area', () => {
    // districts are trimmed to the part outside NKAO; together they exceed B38 by the unheld parts
    const districts = areaKm2(read('districts.geojson'));
    const nkao = areaKm2(only('nkao-1991.geojson'));
    const held = areaKm2(only('held-1994-2020.geojson'));
    expect(nkao + districts).toBeGreaterThan(held);
    expect(nkao + districts).toBeLessThan(held * 1.2);
  });
});

describe('places fall on the expected side (gazetteer check)', () => {
  const inside = (file: string, id: string) => booleanPointInPolygon(at(id), only(file));

  it('puts the towns the Armenian side kept after 2020 inside held-2020-2023', () => {
    for (const id of ['stepanakert', 'martakert', 'martuni', 'askeran', 'parukh'])
      expect(inside('held-2020-2023.geojson', id), id).toBe(true);
  });

  it('puts Hadrut, taken in Oct 2020, outside held-2020-2023', () => {
    expect(inside('held-2020-2023.geojson', 'hadrut')).toBe(false);
  });

  it('puts Shusha, Talish and Madaghis, which Azerbaijan held after the war, outside held-2020-2023', () => {
    for (const id of ['shusha', 'talish', 'madaghis'])
      expect(inside('held-2020-2023.geojson', id), id).toBe(false);
  });

  it('puts the seven district towns inside held-1994-2020 and Tartar, Barda and Goris outside', () => {
    for (const id of ['aghdam', 'fuzuli', 'jabrayil', 'zangilan', 'qubadli', 'lachin', 'kalbajar'])
      expect(inside('held-1994-2020.geojson', id), id).toBe(true);
    for (const id of ['tartar', 'barda', 'goris'])
      expect(inside('held-1994-2020.geojson', id), id).toBe(false);
  });

  it('draws the Lachin corridor through its road towns and clear of Shusha', () => {
    const band = read('lachin-corridor.geojson').features.find(
      (f) => f.properties?.id === 'lachin-corridor',
    )!;
    for (const id of ['kornidzor', 'aghavno', 'lachin', 'stepanakert'])
      expect(booleanPointInPolygon(at(id), band), id).toBe(true);
    expect(booleanPointInPolygon(at('shusha'), band)).toBe(false);
  });
});

describe.skipIf(!existsSync(rawDir))('scripts/build-geo.ts', () => {
  // Prefer the project's pinned Node (type stripping needs ≥ 22.6); vitest may run on an older one.
  const localNode = path.join(repoRoot, 'node_modules/.bin/node');
  const node = existsSync(localNode) ? localNode : process.execPath;
  const runs: string[] = [];
  const build = (env: Record<string, string> = {}): string => {
    const out = mkdtempSync(path.join(tmpdir(), 'geo-'));
    runs.push(out);
    execFileSync(node, [path.join(repoRoot, 'scripts/build-geo.ts')], {
      env: { ...process.env, GEO_OUT_DIR: out, ...env },
      stdio: 'pipe',
    });
    return out;
  };
  let first = '';
  let second = '';
  beforeAll(() => {
    first = build();
    second = build();
  }, 120_000);
  afterAll(() => runs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes byte-identical files on every run, the same as those in data/geometry', () => {
    const files = [...geojsonFiles, 'manifest.json', 'inputs.json'];
    expect(readdirSync(first).sort()).toEqual(files.sort());
    for (const file of files) {
      const committed = readFileSync(path.join(geometryDir, file));
      expect(
        readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))),
        file,
      ).toBe(true);
      expect(
        readFileSync(path.join(first, file)).equals(committed),
        `${file} is out of date: run npm run geo`,
      ).toBe(true);
    }
  });

  it("follows an editor's move of a route place in data/places.json: the corridor is redrawn through it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'geo-places-'));
    runs.push(dir);
    const moved = structuredClone(places);
    const aghavno = moved.find((p) => p.id === 'aghavno')!;
    aghavno.lat = Number((aghavno.lat! + 0.03).toFixed(5)); // ~3.3 km north, at the output precision
    const file = path.join(dir, 'places.json');
    writeFileSync(file, JSON.stringify(moved));
    const out = build({ GEO_PLACES_FILE: file });
    const route = (dirName: string) => {
      const layer = JSON.parse(
        readFileSync(path.join(dirName, 'lachin-corridor.geojson'), 'utf8'),
      ) as FeatureCollection<LineString | Polygon>;
      const line = layer.features.find((f) => f.properties?.id === 'lachin-corridor-route')!;
      return line.geometry.coordinates;
    };
    expect(route(out)).toContainEqual([aghavno.lon, aghavno.lat]);
    expect(route(first)).not.toContainEqual([aghavno.lon, aghavno.lat]);
  }, 120_000);

  it('stops with the file and the reason when data/places.json breaks its schema', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'geo-places-'));
    runs.push(dir);
    const broken = structuredClone(places) as { id: string; lat: unknown }[];
    broken.find((p) => p.id === 'lachin')!.lat = 'north';
    const file = path.join(dir, 'places.json');
    writeFileSync(file, JSON.stringify(broken));
    let stderr = '';
    try {
      build({ GEO_PLACES_FILE: file });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr);
    }
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/lat/);
  }, 120_000);
});

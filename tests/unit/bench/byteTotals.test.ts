import { describe, expect, it } from 'vitest';
import { byteKind, totalBytesByKind } from '../../../scripts/bench/byteTotals.ts';
import { isMapLibrary } from '../../../scripts/bench/collectFigures.ts';
import { fillEmptyBodies } from '../../../scripts/bench/recordTransfers.ts';

describe('byteKind', () => {
  it('files XHR with fetch, and a worker script typed "other" with scripts', () => {
    expect(byteKind('xhr', 'http://x/geo/a.geojson')).toBe('fetch');
    expect(byteKind('other', 'http://x/_astro/maplibre-gl-worker.CZ.mjs')).toBe('script');
    expect(byteKind('other', 'http://x/favicon.svg')).toBe('other');
    expect(byteKind('Font', 'http://x/a.woff2')).toBe('font');
  });
});

describe('totalBytesByKind', () => {
  it('sums bytes per kind and overall, leaving out data: and blob: URLs', () => {
    const totals = totalBytesByKind([
      { url: 'http://x/', resourceType: 'document', bytes: 100 },
      { url: 'http://x/a.js', resourceType: 'script', bytes: 30 },
      { url: 'http://x/b.js', resourceType: 'script', bytes: 20 },
      { url: 'http://x/c.geojson', resourceType: 'fetch', bytes: 7 },
      { url: 'data:image/png;base64,AAAA', resourceType: 'image', bytes: 999 },
      { url: 'blob:http://x/1', resourceType: 'other', bytes: 999 },
    ]);
    expect(totals).toEqual({
      document: 100,
      script: 50,
      stylesheet: 0,
      font: 0,
      image: 0,
      fetch: 7,
      other: 0,
      total: 157,
    });
  });
});

describe('fillEmptyBodies', () => {
  it('takes the Resource Timing size for a record the protocol reported without a body', () => {
    const filled = fillEmptyBodies(
      [
        { url: 'http://x/w.mjs', resourceType: 'other', bytes: 0 },
        { url: 'http://x/a.js', resourceType: 'script', bytes: 10 },
        { url: 'http://x/empty.json', resourceType: 'fetch', bytes: 0 },
      ],
      new Map([
        ['http://x/w.mjs', 148_000],
        ['http://x/a.js', 99],
      ]),
    );
    expect(filled.map((r) => r.bytes)).toEqual([148_000, 10, 0]);
  });
});

describe('isMapLibrary', () => {
  it('matches MapLibre’s hashed chunk and worker, not the map controller', () => {
    expect(isMapLibrary('http://x/_astro/maplibre-gl.BUwiJpK_.js')).toBe(true);
    expect(isMapLibrary('http://x/_astro/maplibre-gl-worker.CZtFQQIV.mjs')).toBe(true);
    expect(isMapLibrary('http://x/_astro/MapController.DCq4h1Rh.js')).toBe(false);
  });
});

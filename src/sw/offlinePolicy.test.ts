import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, strategyFor } from './offlinePolicy.ts';

const at =
  (scope: string) =>
  (path: string, method = 'GET') =>
    strategyFor(new URL(path, scope), method, new URL(scope));

describe('strategyFor', () => {
  for (const scope of ['https://karabakh.example/', 'https://news.example/graphics/karabakh/']) {
    const s = at(scope);
    const base = new URL(scope).pathname;
    describe(`with the site at ${base}`, () => {
      it('keeps hashed files cache-first', () => {
        expect(s(`${base}_astro/story-map.Ab12Cd34.js`)).toBe('cache-first');
        expect(s(`${base}fonts/source-serif-4-latin-400-normal.929f879d66.woff2`)).toBe(
          'cache-first',
        );
      });
      it('asks the network first for pages, geometry and data', () => {
        for (const path of ['', 'charts/', 'map/', 'map/index.html', 'geo/loc-2020.geojson'])
          expect(s(`${base}${path}`)).toBe('network-first');
        expect(s(`${base}?names=hy`)).toBe('network-first');
      });
      it('leaves embeds, the worker itself, other methods, origins and paths alone', () => {
        expect(s(`${base}embed/chart/exodus/`)).toBe('pass');
        expect(s(`${base}embed/loader.js`)).toBe('pass');
        expect(s(`${base}sw.js`)).toBe('pass');
        expect(s(`${base}charts/`, 'POST')).toBe('pass');
        expect(s('https://elsewhere.example/_astro/x.js')).toBe('pass');
      });
    });
  }
  it('does not reach outside a sub-path scope', () =>
    expect(at('https://news.example/graphics/karabakh/')('/graphics/other/')).toBe('pass'));
});

describe('cache names', () => {
  it('name one cache per build and mark only our older ones as stale', () => {
    expect(cacheName('abc')).toBe('karabakh-offline-abc');
    expect(isStaleCache('karabakh-offline-old', 'abc')).toBe(true);
    expect(isStaleCache('karabakh-offline-abc', 'abc')).toBe(false);
    expect(isStaleCache('someone-elses-cache', 'abc')).toBe(false);
  });
});

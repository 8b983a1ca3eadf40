import { describe, expect, it } from 'vitest';
import { cameraDefaults, cameraFor, paddingFor, shiftCenter, toLonLat } from './cameraFor.ts';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';

const mapOf = (width: number, height: number) =>
  new FakeMap({ container: new FakeElement('div', width, height) });
const bounds = [
  [46.3, 39.5],
  [47.2, 40.4],
] as const;

describe('paddingFor', () => {
  it('pads evenly on a desktop map', () => {
    expect(paddingFor(1280, 800, cameraDefaults)).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 24,
    });
  });

  it('keeps the bottom 45% of a phone map for the text cards and room at the top for the map key', () => {
    expect(paddingFor(390, 844, cameraDefaults)).toEqual({
      top: 80,
      right: 24,
      bottom: 380,
      left: 24,
    });
  });

  it('treats 480 px as a phone and 481 px as not', () => {
    expect(paddingFor(480, 800, cameraDefaults).bottom).toBe(360);
    expect(paddingFor(481, 800, cameraDefaults).bottom).toBe(24);
  });

  it('never pads a tiny map away', () => {
    const p = paddingFor(100, 80, cameraDefaults);
    expect(p.left + p.right).toBeLessThan(100);
    expect(p.top).toBeLessThan(80 / 4);
  });
});

describe('cameraFor', () => {
  it('fits bounds with MapLibre cameraForBounds and the padding for the map size', () => {
    const map = mapOf(390, 844);
    const move = cameraFor(asMapLibre(map), { bounds, bearing: 0, pitch: 0 });
    expect(map.calls[0]).toEqual([
      'cameraForBounds',
      [46.3, 39.5, 47.2, 40.4],
      { padding: { top: 80, right: 24, bottom: 380, left: 24 }, bearing: 0, pitch: 0 },
    ]);
    expect(move).toMatchObject({
      method: 'flyTo',
      options: { duration: cameraDefaults.duration, essential: true },
    });
  });

  it('puts fitted bounds above the text cards on a phone', () => {
    const map = mapOf(390, 844);
    const { options } = cameraFor(asMapLibre(map), { bounds });
    Object.assign(map, { center: options.center, zoom: options.zoom });
    const sw = map.project([46.3, 39.5]);
    const ne = map.project([47.2, 40.4]);
    expect(ne.y).toBeGreaterThanOrEqual(80 - 0.01);
    expect(sw.y).toBeLessThanOrEqual(844 * 0.55 + 0.01);
    expect(sw.x).toBeGreaterThanOrEqual(24 - 0.01);
    expect(ne.x).toBeLessThanOrEqual(390 - 24 + 0.01);
  });

  it('jumps instead of flying with reduced motion', () => {
    const move = cameraFor(asMapLibre(mapOf(800, 600)), { bounds }, { reducedMotion: true });
    expect(move.method).toBe('jumpTo');
    expect(move.options).not.toHaveProperty('duration');
  });

  it('keeps a centre and zoom camera as it is on a desktop map', () => {
    const move = cameraFor(asMapLibre(mapOf(1280, 800)), {
      center: [46.75, 39.8],
      zoom: 9,
      bearing: 10,
      pitch: 20,
    });
    expect(move.options).toMatchObject({ zoom: 9, bearing: 10, pitch: 20 });
    expect(move.options.center[0]).toBeCloseTo(46.75, 10);
    expect(move.options.center[1]).toBeCloseTo(39.8, 10);
  });

  it("shows a centre and zoom camera's centre in the middle of the free part of a phone map", () => {
    const map = mapOf(390, 844);
    const { options } = cameraFor(asMapLibre(map), { center: [46.75, 39.8], zoom: 9 });
    Object.assign(map, { center: options.center, zoom: options.zoom });
    const p = map.project([46.75, 39.8]);
    expect(p.x).toBeCloseTo(195, 6);
    expect(p.y).toBeCloseTo((80 + (844 - 380)) / 2, 6);
  });

  it('aims at the middle of the bounds while the map has no size', () => {
    const move = cameraFor(asMapLibre(mapOf(0, 0)), { bounds });
    expect(move.options.center).toEqual([46.75, 39.95]);
  });

  it('depends only on the map size, not on where the map looks now', () => {
    const a = mapOf(800, 600);
    const b = mapOf(800, 600);
    Object.assign(b, { center: [40, 30], zoom: 3 });
    expect(cameraFor(asMapLibre(a), { bounds })).toEqual(cameraFor(asMapLibre(b), { bounds }));
  });
});

describe('shiftCenter', () => {
  const pad = { top: 0, right: 0, bottom: 200, left: 0 };
  it('moves the centre south when the bottom is padded, north up', () => {
    const [lon, lat] = shiftCenter([46.75, 39.8], 9, 0, pad);
    expect(lon).toBeCloseTo(46.75, 10);
    expect(lat).toBeLessThan(39.8);
  });

  it('turns the shift with the bearing: east up moves the centre west', () => {
    const [lon, lat] = shiftCenter([46.75, 39.8], 9, 90, pad);
    expect(lon).toBeLessThan(46.75);
    expect(lat).toBeCloseTo(39.8, 6);
  });
});

describe('toLonLat', () => {
  it('reads all three LngLatLike forms', () => {
    expect(toLonLat([1, 2])).toEqual([1, 2]);
    expect(toLonLat({ lng: 1, lat: 2 })).toEqual([1, 2]);
    expect(toLonLat({ lon: 1, lat: 2 })).toEqual([1, 2]);
  });
});

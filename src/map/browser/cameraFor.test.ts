import { describe, expect, it } from 'vitest';
import {
  cameraDefaults,
  cameraFor,
  paddingFor,
  paddingsBeside,
  shiftCenter,
  toLonLat,
} from './cameraFor.ts';
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

describe('paddingsBeside', () => {
  const base = { top: 24, right: 24, bottom: 24, left: 24 };

  it('offers one side per box, each putting the whole box outside the padded area', () => {
    const legend = { x0: 12, y0: 600, x1: 420, y1: 750 };
    // Beside it or above it; padding right of it or below its top would leave under a quarter.
    expect(paddingsBeside(800, 800, base, [legend], 24)).toEqual([
      { ...base, left: 444 },
      { ...base, bottom: 224 },
    ]);
  });

  it('keeps a phone view between the key at the top and the card at the bottom', () => {
    const key = { x0: 8, y0: 8, x1: 382, y1: 150 };
    const card = { x0: 12, y0: 440, x1: 378, y1: 800 };
    const options = paddingsBeside(390, 800, base, [key, card], 24);
    expect(options).toContainEqual({ ...base, top: 174, bottom: 384 });
    for (const p of options) {
      expect(p.top + p.bottom).toBeLessThanOrEqual(600);
      expect(p.left + p.right).toBeLessThanOrEqual(390 * 0.75);
    }
  });

  it('still keeps the card clear when a tall key leaves only a narrow band between them', () => {
    // A nine-line key (three-handovers on a 390×844 phone) and the card: 188 px stay clear.
    const key = { x0: 8, y0: 52, x1: 304, y1: 258 };
    const card = { x0: 8, y0: 478, x1: 382, y1: 844 };
    const options = paddingsBeside(390, 844, base, [key, card], 16);
    expect(options).toContainEqual({ ...base, top: 274, bottom: 382 });
    // A band under 150 px is not offered: the card is then given up rather than the whole view.
    const taller = { ...key, y1: 320 };
    expect(paddingsBeside(390, 844, base, [taller, card], 16)).not.toContainEqual({
      ...base,
      top: 336,
      bottom: 382,
    });
  });

  it('ignores boxes outside the map and gives up a box that covers most of it', () => {
    expect(paddingsBeside(800, 600, base, [{ x0: -300, y0: 0, x1: -10, y1: 600 }], 24)).toEqual([
      base,
    ]);
    expect(paddingsBeside(800, 600, base, [{ x0: 0, y0: 0, x1: 800, y1: 590 }], 24)).toEqual([
      base,
    ]);
  });
});

describe('cameraFor with boxes over the map', () => {
  it('fits the bounds beside a legend in the corner, on the side that shows them largest', () => {
    const map = mapOf(800, 760);
    const legend = { x0: 12, y0: 560, x1: 420, y1: 710 };
    const { options } = cameraFor(asMapLibre(map), { bounds }, { covers: [legend] });
    Object.assign(map, { center: options.center, zoom: options.zoom });
    const corners = [
      map.project([46.3, 39.5]),
      map.project([47.2, 40.4]),
      map.project([46.3, 40.4]),
      map.project([47.2, 39.5]),
    ];
    const inside = (p: { x: number; y: number }) =>
      p.x > legend.x0 && p.x < legend.x1 && p.y > legend.y0 && p.y < legend.y1;
    // The whole bounds box clears the legend: none of its edges crosses it.
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    const clear = Math.max(...ys) <= legend.y0 || Math.min(...xs) >= legend.x1;
    expect(clear).toBe(true);
    expect(corners.some(inside)).toBe(false);
    const plain = cameraFor(asMapLibre(mapOf(800, 760)), { bounds }).options.zoom;
    expect(options.zoom).toBeLessThan(plain);
    expect(options.zoom).toBeGreaterThan(plain - 1);
  });

  it('replaces the phone guess with the measured boxes', () => {
    const map = mapOf(390, 844);
    cameraFor(asMapLibre(map), { bounds }, { covers: [] });
    expect(map.calls[0]?.[2]).toMatchObject({
      padding: { top: 24, right: 24, bottom: 24, left: 24 },
    });
  });
});

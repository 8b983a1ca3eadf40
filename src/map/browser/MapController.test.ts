import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeElement } from '../testing/fakeDom.ts';
import { fakeMapLibre, type FakeMap } from '../testing/fakeMap.ts';
import { MapController } from './MapController.ts';
import type { MapLibreModule, MapStep } from './mapControllerOptions.ts';
import type { MapLabelPlace } from '../shared/storyMapPlaces.ts';

const names = (en: string) => ({ en, hy: en, az: en, both: en });
const places: MapLabelPlace[] = [
  {
    id: 'stepanakert',
    lon: 46.75,
    lat: 39.82,
    priority: 0,
    approximate: false,
    names: names('Stepanakert'),
  },
  { id: 'shusha', lon: 46.75, lat: 39.76, priority: 1, approximate: false, names: names('Shusha') },
  { id: 'lachin', lon: 46.55, lat: 39.64, priority: 2, approximate: false, names: names('Lachin') },
  { id: 'goris', lon: 46.34, lat: 39.51, priority: 2, approximate: false, names: names('Goris') },
];
const stepA: MapStep = {
  id: 'before-the-war',
  camera: {
    bounds: [
      [45.6, 38.9],
      [47.4, 40.7],
    ],
    bearing: 0,
    pitch: 0,
  },
  layers: ['countries', 'loc-1994'],
  places: ['stepanakert', 'goris'],
  highlight: [],
};
const stepB: MapStep = {
  id: 'the-corridor',
  camera: { center: [46.5, 39.6], zoom: 9.5, bearing: 0, pitch: 0 },
  layers: ['countries', 'loc-2020', 'lachin-corridor'],
  places: ['lachin', 'shusha'],
  highlight: ['lachin'],
};

// The controller gets the fake module in place of maplibre-gl and a fake element as container.
// (any: test doubles standing in for the DOM and MapLibre.)
function start(options: Record<string, unknown> = {}) {
  const container = new FakeElement('div', 800, 600);
  const controller = new MapController(container as any, {
    maplibre: fakeMapLibre as unknown as MapLibreModule,
    places,
    ...options,
  });
  const map = controller.map as unknown as FakeMap;
  return { container, controller, map };
}
/** Lets promise callbacks run. */
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.stubGlobal(
    'requestAnimationFrame',
    (fn: () => void) => setTimeout(fn, 0) as unknown as number,
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('MapController', () => {
  it('creates a fixed map with scale and attribution crediting the sources, a country-name layer, a label layer and an annotation layer drawn over it', () => {
    const { container, controller, map } = start();
    expect(map.controls).toHaveLength(2);
    const attribution = (
      map.controls[1] as { options: { customAttribution: string[] } }
    ).options.customAttribution.join(' ');
    expect(attribution).toMatch(/Natural Earth.*public domain/);
    expect(attribution).toMatch(/geoBoundaries.*CC BY-SA 3\.0/);
    expect(container.children.map((c) => (c as FakeElement).className)).toEqual([
      'map-country-labels',
      'map-labels',
      'map-annotations',
    ]);
    expect(controller.state.stepId).toBeNull();
  });

  it('waits for the style before touching layers, then applies the step', async () => {
    const { controller, map } = start();
    const done = controller.applyStep(stepA);
    await flush();
    expect(map.calls.filter((c) => c[0] === 'setLayoutProperty')).toEqual([]);
    map.load();
    await flush();
    expect(controller.state).toMatchObject({
      stepId: 'before-the-war',
      visibleLayers: ['countries', 'loc-1994'],
      moving: true,
    });
    map.finishFlight();
    expect(await done).toBe(true);
    expect(controller.state).toMatchObject({
      labelledPlaces: ['goris', 'stepanakert'],
      moving: false,
    });
  });

  it('treats a repeated step as a no-op', async () => {
    const { controller, map } = start();
    map.load();
    const first = controller.applyStep(stepA);
    await flush();
    map.finishFlight();
    await first;
    const before = map.calls.length;
    expect(controller.applyStep(stepA)).toBe(first);
    await flush();
    expect(map.calls.length).toBe(before);
  });

  it('ends in the same place going A → B as jumping straight to B', async () => {
    const direct = start();
    direct.map.load();
    const d = direct.controller.applyStep(stepB);
    await flush();
    direct.map.finishFlight();
    await d;

    const viaA = start();
    viaA.map.load();
    const a = viaA.controller.applyStep(stepA);
    await flush();
    viaA.map.finishFlight();
    await a;
    const b = viaA.controller.applyStep(stepB);
    await flush();
    viaA.map.finishFlight();
    await b;

    expect(viaA.controller.state).toEqual(direct.controller.state);
    expect(direct.controller.state).toMatchObject({
      visibleLayers: ['countries', 'loc-2020', 'lachin-corridor'],
      highlighted: ['lachin'],
    });
  });

  it('lets a newer step win over one still flying', async () => {
    const { controller, map } = start();
    map.load();
    const a = controller.applyStep(stepA);
    await flush();
    const b = controller.applyStep(stepB);
    expect(await a).toBe(false);
    await flush();
    map.finishFlight();
    expect(await b).toBe(true);
    expect(controller.state.stepId).toBe('the-corridor');
    expect(controller.state.camera.zoom).toBe(9.5);
  });

  it('jumps when reduced motion is on, and lands a flight at once when it is switched on mid-flight', async () => {
    const { controller, map } = start({ reducedMotion: true });
    map.load();
    expect(await controller.applyStep(stepA)).toBe(true);
    expect(map.calls.some((c) => c[0] === 'flyTo')).toBe(false);

    controller.setReducedMotion(false);
    const b = controller.applyStep(stepB);
    await flush();
    expect(map.isMoving()).toBe(true);
    controller.setReducedMotion(true);
    expect(await b).toBe(true);
    expect(controller.state.camera.zoom).toBe(9.5);
  });

  it('highlights places from the timeline scrubber, labelling them even outside the step', async () => {
    const { controller, map } = start({ reducedMotion: true });
    map.load();
    await controller.applyStep(stepA);
    controller.setHighlight(['shusha']);
    expect(controller.state.highlighted).toEqual(['shusha']);
    expect(controller.state.labelledPlaces).toContain('shusha');
  });

  it('recolours for the dark theme without touching visibility', async () => {
    const { controller, map } = start({ reducedMotion: true });
    map.load();
    await controller.applyStep(stepA);
    map.calls.length = 0;
    controller.setTheme('dark');
    expect(map.calls.length).toBeGreaterThan(0);
    expect(map.calls.every((c) => c[0] === 'setPaintProperty')).toBe(true);
    map.calls.length = 0;
    controller.setTheme('dark');
    expect(map.calls).toEqual([]);
  });

  it('destroy removes the map, the labels and every listener it added', async () => {
    const { container, controller, map } = start();
    map.load();
    const a = controller.applyStep(stepA);
    await flush();
    controller.destroy();
    expect(await a).toBe(false);
    expect(map.removed).toBe(true);
    expect(map.listenerCount()).toBe(0);
    expect(container.children).toEqual([]);
  });

  it('destroy before the style loads rejects ready and leaves no listener behind', async () => {
    const { controller, map } = start();
    controller.destroy();
    await expect(controller.ready).rejects.toThrow(/removed/);
    expect(map.listenerCount()).toBe(0);
  });

  it('fails ready when the map reports an error before loading', async () => {
    const { controller, map } = start();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    map.fire('error', { error: { message: 'GeoJSON 404' } });
    await expect(controller.ready).rejects.toThrow('GeoJSON 404');
  });
});

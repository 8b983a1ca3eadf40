/**
 * Test double for the map's unit tests; never imported by site code. The fake map implements the
 * few MapLibre calls the helpers use, with MapLibre's Web Mercator maths (north up, no pitch), and
 * its flights last until the test calls `finishFlight()`. The browser contract test in
 * tests/browser/map.test.ts checks the same behaviour against the real library.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FakeElement } from './fakeDom.ts';

type Listener = (event: { type: string }) => void;
type LonLat = [number, number];
interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const TILE = 512;
const worldX = (lon: number) => (180 + lon) / 360;
const worldY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) =>
  (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/** Records what is done to it; `calls` lists [method, ...args]. */
export class FakeMap {
  readonly calls: unknown[][] = [];
  readonly container: FakeElement;
  readonly controls: unknown[] = [];
  center: LonLat = [46.75, 39.8];
  zoom = 8;
  bearing = 0;
  pitch = 0;
  removed = false;
  private target: { center: LonLat; zoom: number; bearing: number; pitch: number } | null = null;
  private readonly layout = new Map<string, Record<string, unknown>>();
  private readonly paint = new Map<string, Record<string, unknown>>();
  private listeners: { type: string; fn: Listener; once: boolean }[] = [];

  constructor(options: {
    container: FakeElement;
    style?: StyleSpecification;
    center?: LonLat;
    zoom?: number;
  }) {
    this.container = options.container;
    if (options.center) this.center = options.center;
    if (options.zoom !== undefined) this.zoom = options.zoom;
    for (const layer of options.style?.layers ?? []) {
      this.layout.set(layer.id, { ...('layout' in layer ? layer.layout : {}) });
      this.paint.set(layer.id, { ...('paint' in layer ? layer.paint : {}) });
    }
  }

  /** Pretends the style has loaded. */
  load(): void {
    this.fire('load');
  }

  getContainer(): FakeElement {
    return this.container;
  }
  getLayoutProperty(id: string, name: string): unknown {
    return this.layout.get(id)?.[name];
  }
  setLayoutProperty(id: string, name: string, value: unknown): this {
    this.calls.push(['setLayoutProperty', id, name, value]);
    (this.layout.get(id) ?? this.layout.set(id, {}).get(id)!)[name] = value;
    return this;
  }
  getPaintProperty(id: string, name: string): unknown {
    return this.paint.get(id)?.[name];
  }
  setPaintProperty(id: string, name: string, value: unknown): this {
    this.calls.push(['setPaintProperty', id, name, value]);
    (this.paint.get(id) ?? this.paint.set(id, {}).get(id)!)[name] = value;
    return this;
  }

  getCenter(): { lng: number; lat: number } {
    return { lng: this.center[0], lat: this.center[1] };
  }
  getZoom(): number {
    return this.zoom;
  }
  getBearing(): number {
    return this.bearing;
  }
  getPitch(): number {
    return this.pitch;
  }
  isMoving(): boolean {
    return this.target !== null;
  }

  project([lon, lat]: LonLat): { x: number; y: number } {
    const size = TILE * 2 ** this.zoom;
    return {
      x: (worldX(lon) - worldX(this.center[0])) * size + this.container.clientWidth / 2,
      y: (worldY(lat) - worldY(this.center[1])) * size + this.container.clientHeight / 2,
    };
  }

  /** MapLibre's fit for bearing 0: largest zoom that fits, centre shifted by the padding. */
  cameraForBounds(bounds: [number, number, number, number], options: { padding: Padding }) {
    this.calls.push(['cameraForBounds', bounds, options]);
    const [w, s, e, n] = bounds;
    const p = options.padding;
    const width = this.container.clientWidth - p.left - p.right;
    const height = this.container.clientHeight - p.top - p.bottom;
    if (width <= 0 || height <= 0) return undefined;
    const dx = worldX(e) - worldX(w);
    const dy = worldY(s) - worldY(n);
    const zoom = Math.log2(Math.min(width / dx, height / dy) / TILE);
    const size = TILE * 2 ** zoom;
    const mx = (worldX(w) + worldX(e)) / 2 - (p.left - p.right) / 2 / size;
    const my = (worldY(n) + worldY(s)) / 2 - (p.top - p.bottom) / 2 / size;
    return { center: { lng: lonOf(mx), lat: latOf(my) }, zoom, bearing: 0 };
  }

  jumpTo(options: { center: LonLat; zoom: number; bearing: number; pitch: number }): this {
    this.calls.push(['jumpTo', options]);
    this.interrupt();
    Object.assign(this, {
      center: options.center,
      zoom: options.zoom,
      bearing: options.bearing,
      pitch: options.pitch,
    });
    this.fire('movestart');
    this.fire('move');
    this.fire('moveend');
    return this;
  }
  flyTo(options: {
    center: LonLat;
    zoom: number;
    bearing: number;
    pitch: number;
    duration?: number;
  }): this {
    this.calls.push(['flyTo', options]);
    this.interrupt();
    this.target = {
      center: options.center,
      zoom: options.zoom,
      bearing: options.bearing,
      pitch: options.pitch,
    };
    this.fire('movestart');
    // Half way, so a test can tell an interrupted flight from a finished one.
    this.zoom = (this.zoom + options.zoom) / 2;
    this.fire('move');
    return this;
  }
  /** Lands the current flight. */
  finishFlight(): void {
    if (!this.target) return;
    Object.assign(this, this.target);
    this.target = null;
    this.fire('move');
    this.fire('moveend');
  }
  stop(): this {
    this.interrupt();
    return this;
  }
  private interrupt(): void {
    if (!this.target) return;
    this.target = null;
    this.fire('moveend');
  }

  addControl(control: unknown): this {
    this.controls.push(control);
    return this;
  }
  remove(): void {
    this.removed = true;
    this.controls.length = 0;
  }

  on(type: string, fn: Listener): this {
    this.listeners.push({ type, fn, once: false });
    return this;
  }
  once(type: string, fn: Listener): this {
    this.listeners.push({ type, fn, once: true });
    return this;
  }
  off(type: string, fn: Listener): this {
    this.listeners = this.listeners.filter((l) => l.type !== type || l.fn !== fn);
    return this;
  }
  /** How many listeners are registered, by event type. */
  listenerCount(): number {
    return this.listeners.length;
  }
  fire(type: string, extra: Record<string, unknown> = {}): void {
    for (const l of this.listeners.filter((x) => x.type === type)) {
      if (l.once) this.off(type, l.fn);
      l.fn({ type, ...extra });
    }
  }
}

/**
 * The fake typed as the real map. The helpers' Pick<> types are checked against MapLibre's own
 * declarations; the fake only has to behave like it for the calls they make.
 */
export function asMapLibre(fake: FakeMap): MapLibreMap {
  return fake as unknown as MapLibreMap;
}

/** The maplibre-gl module as the controller sees it, backed by {@link FakeMap}. */
export const fakeMapLibre = {
  Map: FakeMap,
  ScaleControl: class {
    options: unknown;
    constructor(options: unknown) {
      this.options = options;
    }
  },
  AttributionControl: class {
    options: unknown;
    constructor(options: unknown) {
      this.options = options;
    }
  },
};

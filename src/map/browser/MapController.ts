/**
 * Ships to the browser, in the map chunk loaded on demand.
 * The one owner of the MapLibre map: steps, highlights, theme, motion and DOM labels go through it.
 */
import type * as maplibregl from 'maplibre-gl';
import type { NameMode } from '../../lib/placeName.ts';
import type { Theme } from '../../styles/tokens.ts';
import { toLonLat, type CameraForOptions } from './cameraFor.ts';
import { AnnotationLayer } from './AnnotationLayer.ts';
import { CountryLabelLayer } from './CountryLabelLayer.ts';
import { LabelLayer } from './LabelLayer.ts';
import { locatorRect } from '../shared/locatorInset.ts';
import type { LayerId } from '../../schemas/layerIds.ts';
import {
  mapControllerDefaults,
  type MapCovers,
  type MapControllerOptions,
  type MapControllerState,
  type MapStep,
} from './mapControllerOptions.ts';
import { buildMapStyle } from './mapStyle.ts';
import { moveCamera } from './moveCamera.ts';
import { setMapTheme } from './setMapTheme.ts';
import { setVisibleLayers, visibleLayers } from './setVisibleLayers.ts';

/**
 * Creates the map in `container` and keeps it in step with the story. `ready` resolves once the
 * style has loaded and rejects when MapLibre cannot start (no WebGL 2, a file failing to load).
 */
export class MapController {
  readonly map: maplibregl.Map;
  readonly ready: Promise<void>;
  private readonly o: MapControllerOptions;
  private readonly labels: LabelLayer;
  private readonly countryLabels: CountryLabelLayer;
  private readonly annotations: AnnotationLayer;
  /** The layers shown: country names keep out of the areas among them. */
  private shownLayers: ReadonlySet<string> = new Set();
  private named: string[] = [];
  private step: MapStep | null = null;
  private pending: Promise<boolean> = Promise.resolve(true);
  private token = 0;
  private highlighted = new Set<string>();
  /** What covers the map for the current step, measured when it is applied or the map resized. */
  private covers: MapCovers | null = null;
  private labelled: string[] = [];
  private loaded = false;
  private destroyed = false;
  private frame = 0;
  private readonly listeners: [keyof maplibregl.MapEventType, (e: unknown) => void][];
  private onLoad = () => {};
  private onEarlyError = (e: maplibregl.ErrorEvent) => void e;
  private rejectReady: (reason: Error) => void = () => {};

  constructor(
    container: HTMLElement,
    options: Partial<MapControllerOptions> & Pick<MapControllerOptions, 'maplibre' | 'places'>,
  ) {
    this.o = { ...mapControllerDefaults, ...options };
    const { maplibre, camera } = this.o;
    this.map = new maplibre.Map({
      container,
      style: buildMapStyle(this.o.theme, { baseUrl: this.o.baseUrl }),
      interactive: this.o.interactive,
      attributionControl: false,
      // The story is north-up and flat; rotating gestures would only lose readers.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      ...(camera.bounds
        ? {
            bounds: [
              camera.bounds[0][0],
              camera.bounds[0][1],
              camera.bounds[1][0],
              camera.bounds[1][1],
            ] as [number, number, number, number],
          }
        : { center: camera.center as [number, number], zoom: camera.zoom ?? 8 }),
      fitBoundsOptions: { padding: this.o.padding },
      ...this.o.mapOptions,
    });
    this.map.addControl(
      new maplibre.ScaleControl({ unit: 'metric', maxWidth: 120 }),
      'bottom-left',
    );
    this.map.addControl(
      new maplibre.AttributionControl({ compact: false, customAttribution: this.o.attribution }),
      'bottom-right',
    );
    // In painting order (one z-index, so the later is drawn over the earlier): country names,
    // then places and their labels, then the step's markers and words, so a dated marker on a
    // place stands over the place's dot instead of hiding under it.
    this.countryLabels = new CountryLabelLayer(container, this.o.countries);
    this.labels = new LabelLayer(container, this.o.places, this.o.labelFontSize);
    this.annotations = new AnnotationLayer(container);
    this.labels.setNameMode(this.o.nameMode);
    this.ready = new Promise<void>((resolve, reject) => {
      this.onLoad = () => {
        this.map.off('error', this.onEarlyError);
        this.loaded = true;
        setMapTheme(this.map, this.o.theme, { baseUrl: this.o.baseUrl });
        this.labels.measure();
        this.render();
        resolve();
      };
      this.onEarlyError = (e) => {
        this.map.off('load', this.onLoad);
        reject(new Error(e.error?.message ?? 'the map failed to load'));
      };
      this.rejectReady = reject;
    });
    this.map.once('load', this.onLoad);
    this.map.once('error', this.onEarlyError);
    // Callers that never await `ready` should not see an unhandled rejection.
    this.ready.catch(() => {});
    this.listeners = [
      ['move', () => this.scheduleRender()],
      ['moveend', () => this.render()],
      ['resize', () => this.onResize()],
      ['error', (e) => console.warn('map:', (e as maplibregl.ErrorEvent).error?.message ?? e)],
    ];
    for (const [type, fn] of this.listeners) this.map.on(type, fn);
  }

  /**
   * Shows a step: its layers, places and highlights at once, then moves the camera. A repeated
   * step is a no-op; a newer step wins over one still flying. Resolves true when this step's
   * camera has settled and it is still the current step.
   */
  applyStep(step: MapStep): Promise<boolean> {
    if (this.step?.id === step.id) return this.pending;
    this.step = step;
    this.highlighted = new Set(step.highlight);
    const token = ++this.token;
    this.pending = this.ready.then(
      async () => {
        if (token !== this.token || this.destroyed) return false;
        setVisibleLayers(this.map, step.layers);
        this.shownLayers = new Set(step.layers);
        this.annotations.set(this.map, step.annotations ?? []);
        this.covers = this.o.coversFor?.(step.id) ?? null;
        this.render();
        await moveCamera(this.map, step.camera, this.cameraOptions());
        if (token !== this.token || this.destroyed) return false;
        this.render();
        return true;
      },
      // A map that never loaded shows no step; `ready` tells the caller why.
      () => false,
    );
    return this.pending;
  }

  /** Emphasises these places (and shows them, even if the step does not name them). */
  setHighlight(placeIds: readonly string[]): void {
    this.highlighted = new Set(placeIds);
    this.render();
  }

  /** Shows exactly these layers, outside any step (the explorer's checkboxes). */
  showLayers(ids: readonly LayerId[]): void {
    if (!this.loaded) return;
    setVisibleLayers(this.map, ids);
    this.shownLayers = new Set(ids);
    this.render();
  }

  setTheme(theme: Theme): void {
    if (theme === this.o.theme) return;
    this.o.theme = theme;
    if (this.loaded) setMapTheme(this.map, theme, { baseUrl: this.o.baseUrl });
  }

  /** Switching to reduced motion mid-flight jumps to where the flight was going. */
  setReducedMotion(reduced: boolean): void {
    if (reduced === this.o.reducedMotion) return;
    this.o.reducedMotion = reduced;
    if (reduced && this.step && this.loaded && this.map.isMoving())
      void moveCamera(this.map, this.step.camera, this.cameraOptions());
  }

  setNameMode(mode: NameMode): void {
    if (mode === this.o.nameMode) return;
    this.o.nameMode = mode;
    this.labels.setNameMode(mode);
    this.labels.measure();
    this.render();
  }

  get state(): MapControllerState {
    const m = this.map;
    return {
      stepId: this.step?.id ?? null,
      camera: {
        center: toLonLat(m.getCenter()),
        zoom: m.getZoom(),
        bearing: m.getBearing(),
        pitch: m.getPitch(),
      },
      visibleLayers: this.loaded ? visibleLayers(m) : [],
      labelledPlaces: [...this.labelled],
      namedCountries: [...this.named],
      highlighted: [...this.highlighted].sort(),
      moving: m.isMoving(),
    };
  }

  /** Removes the map, its controls, the labels and every listener the constructor added. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    for (const [type, fn] of this.listeners) this.map.off(type, fn);
    if (!this.loaded) {
      this.map.off('load', this.onLoad);
      this.map.off('error', this.onEarlyError);
      this.rejectReady(new Error('the map was removed before it loaded'));
    }
    // Stopping first ends a flight with its moveend, so nothing awaiting it is left hanging.
    this.map.stop();
    this.map.remove();
    this.labels.destroy();
    this.countryLabels.destroy();
    this.annotations.destroy();
  }

  private cameraOptions(): Partial<CameraForOptions> {
    const { padding, duration, reducedMotion, phoneCardShare } = this.o;
    const { legend, card, locator } = this.covers ?? {};
    const covers = [legend, card, locator].filter((c) => c !== undefined);
    return {
      padding,
      duration,
      reducedMotion,
      phoneCardShare,
      ...(this.covers ? { covers } : {}),
    };
  }

  /** A fixed map (the story) refits the step when its size changes, e.g. a phone turned. */
  private onResize(): void {
    if (this.step) this.covers = this.o.coversFor?.(this.step.id) ?? null;
    if (!this.o.interactive && this.step && this.loaded && !this.map.isMoving())
      void moveCamera(this.map, this.step.camera, { ...this.cameraOptions(), reducedMotion: true });
    this.render();
  }

  /** At most one label layout per frame while the map moves. */
  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    if (!this.loaded || this.destroyed) return;
    const ids = [...(this.step?.places ?? []), ...this.highlighted];
    // Labels and words keep clear of the step's legend and the locator inset, which stay over
    // the map.
    const { legend, card, locator } = this.covers ?? {};
    const fixed = [legend, locator].filter((b) => b !== undefined);
    this.labelled = this.labels.update(this.map, ids, this.highlighted, fixed);
    // Country names keep clear of the labelled places and of where their names run.
    const avoid = this.labelled.flatMap((id) => {
      const place = this.o.places.find((p) => p.id === id);
      if (!place) return [];
      const p = this.map.project([place.lon, place.lat]);
      return [
        { x: p.x, y: p.y },
        { x: p.x + 50, y: p.y },
        { x: p.x - 50, y: p.y },
      ];
    });
    // …and out from under the legend, the inset and (phones) the card at rest, where no one
    // would see them.
    this.named = this.countryLabels.update(
      this.map,
      avoid,
      [...fixed, ...(card ? [card] : [])],
      this.shownLayers,
    );
    // Annotation words also keep clear of the country names and, on phones, of the text card
    // where it rests: a word there would be read as part of the name, or not at all.
    const obstacles = [
      ...this.labels.boxes(),
      ...this.countryLabels.boxes(),
      ...fixed,
      ...(card ? [card] : []),
    ];
    this.annotations.render(this.map, obstacles, this.labels.labelled());
    this.updateLocator();
  }

  /** Moves the locator inset's box to what the map shows. */
  private updateLocator(): void {
    const rect = this.o.locator?.querySelector('.locator-view');
    if (!rect) return;
    const b = this.map.getBounds();
    const r = locatorRect([
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ]);
    rect.setAttribute('x', String(r.x));
    rect.setAttribute('y', String(r.y));
    rect.setAttribute('width', String(r.width));
    rect.setAttribute('height', String(r.height));
  }
}

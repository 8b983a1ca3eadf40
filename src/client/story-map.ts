/**
 * Ships to the browser. <story-map>: the story's MapLibre map (and the explorer page's).
 * MapLibre (~290 kB gzipped) is fetched only when the reader nears the map or the first step
 * event arrives; with `data-load="scroll"` (the story), nearness counts only once the reader has
 * scrolled, so the first screen never pays for it; with `data-load="intent"`, only at the first
 * step event or when a pointer or focus enters the closest `[data-map-intent]` (embeds: see
 * StoryMap.astro). The page never depends on it: without WebGL 2 (asked before anything is
 * downloaded) the element says so and the static SVG maps of the page stay in charge.
 *
 * Reads: a `<script type="application/json" data-map-places>` child (the places), optionally
 * `<script type="application/json" data-map-initial-step>`, `data-interactive`, `data-names`
 * (en | hy | az | both), `data-phone-card-share` (0 where no text cards cover the map on phones)
 * and `data-failed-message`.
 * Sets: `data-map-state` = loading | ready | failed, and `data-map-step` = the id of the last step
 * whose camera has settled. `mapState` returns the controller's state for tests.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { NameMode } from '../lib/placeName.ts';
import { parseNameMode } from '../lib/resolveNameMode.ts';
import type { LayerId } from '../schemas/layerIds.ts';
import type { MapController } from '../map/browser/MapController.ts';
import type { MapControllerState, MapStep } from '../map/browser/mapControllerOptions.ts';
import type { MapLabelPlace } from '../map/shared/storyMapPlaces.ts';
import type { CountryLabelCandidates } from '../map/shared/countryLabels.ts';
import { HIGHLIGHT_PLACES_EVENT, listen, STEP_EVENT } from './events.ts';
import {
  currentTheme,
  isReducedMotion,
  onReducedMotionChange,
  onThemeChange,
} from './preferences.ts';
import { supportsWebGL2 } from './supportsWebGL2.ts';

const DEFAULT_FAILED =
  'The interactive map could not start on this device; the static maps below show each step.';

function readJson<T>(root: Element, selector: string): T | null {
  const text = root.querySelector(
    `:scope > script[type="application/json"]${selector}`,
  )?.textContent;
  return text ? (JSON.parse(text) as T) : null;
}

class StoryMap extends HTMLElement {
  static observedAttributes = ['data-names'];
  private controller: MapController | null = null;
  private stage: HTMLElement | null = null;
  private cleanup: AbortController | null = null;
  private nearObserver: IntersectionObserver | null = null;
  /** Bumped on disconnect, so a load finishing after it is thrown away. */
  private run = 0;
  private step: MapStep | null = null;
  private highlight: string[] | null = null;
  /** The reader's motion preference: the page's switch first, then the system setting. */
  private reduced = isReducedMotion();

  /** The controller's state (null until the map exists); read by browser tests. */
  get mapState(): MapControllerState | null {
    return this.controller?.state ?? null;
  }

  connectedCallback(): void {
    this.cleanup = new AbortController();
    const { signal } = this.cleanup;
    this.reduced = isReducedMotion();
    listen(
      STEP_EVENT,
      (d) => {
        this.setReduced(d.reducedMotion);
        this.show(d.step);
      },
      { signal },
    );
    listen(
      HIGHLIGHT_PLACES_EVENT,
      (d) => {
        this.highlight = d.placeIds;
        this.controller?.setHighlight(d.placeIds);
      },
      { signal },
    );
    // The system setting reaches the map only through the preferences, which let the page's own
    // switch win over it.
    signal.addEventListener(
      'abort',
      onReducedMotionChange((reduced) => this.setReduced(reduced)),
    );
    signal.addEventListener(
      'abort',
      onThemeChange((theme) => this.controller?.setTheme(theme)),
    );
    // The explorer page's layer checkboxes and name radios live inside the element.
    this.addEventListener('change', (e) => this.onInput(e.target), { signal });
    if (this.dataset.load === 'intent') {
      const area = this.closest('[data-map-intent]') ?? this;
      for (const type of ['pointerenter', 'pointerdown', 'focusin'])
        area.addEventListener(type, () => void this.start(), { signal, once: true });
      const initial = readJson<MapStep>(this, '[data-map-initial-step]');
      if (initial) this.step = initial;
      return;
    }
    const initial = readJson<MapStep>(this, '[data-map-initial-step]');
    if (initial) this.step = initial;
    if (this.dataset.load === 'scroll' && scrollY === 0) {
      // The first screen never waits for the map: watching for it starts with the first scroll.
      addEventListener('scroll', () => this.watchNear(), { signal, once: true, passive: true });
      return;
    }
    this.watchNear();
  }

  /** Starts loading as the map nears the viewport: a screen or two before it scrolls into view. */
  private watchNear(): void {
    if (this.nearObserver || this.dataset.mapState) return;
    this.nearObserver = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && void this.start(),
      { rootMargin: '50% 0px' },
    );
    this.nearObserver.observe(this);
  }

  disconnectedCallback(): void {
    this.run++;
    this.cleanup?.abort();
    this.nearObserver?.disconnect();
    this.controller?.destroy();
    this.controller = null;
    this.stage?.remove();
    this.stage = null;
    delete this.dataset.mapState;
    const notice = this.querySelector('.map-notice');
    if (notice) notice.textContent = '';
  }

  attributeChangedCallback(): void {
    this.controller?.setNameMode(this.nameMode());
  }

  /** Applies a step once the map is ready (loading it if need be); the newest step wins. */
  private show(step: MapStep): void {
    this.step = step;
    if (this.dataset.mapState === 'ready') void this.apply(step);
    else void this.start();
  }

  private async apply(step: MapStep): Promise<void> {
    const controller = this.controller;
    if (!controller) return;
    if (await controller.applyStep(step)) {
      if (this.controller === controller && this.step === step) this.dataset.mapStep = step.id;
    }
  }

  private async start(): Promise<void> {
    if (this.dataset.mapState) return;
    this.dataset.mapState = 'loading';
    this.nearObserver?.disconnect();
    const run = this.run;
    if (!supportsWebGL2()) {
      this.fail(new Error('no WebGL 2 in this browser'));
      return;
    }
    try {
      const [maplibre, { MapController }] = await Promise.all([
        import('maplibre-gl'),
        import('../map/browser/MapController.ts'),
      ]);
      if (run !== this.run) return;
      maplibre.setWorkerUrl(workerUrl);
      this.stage = document.createElement('div');
      this.stage.className = 'story-map-canvas';
      this.prepend(this.stage);
      this.controller = new MapController(this.stage, {
        maplibre,
        places: readJson<MapLabelPlace[]>(this, '[data-map-places]') ?? [],
        countries: readJson<CountryLabelCandidates[]>(this, '[data-map-countries]') ?? [],
        locator: this.querySelector<SVGSVGElement>(':scope > svg[data-map-locator]'),
        theme: currentTheme(),
        reducedMotion: this.reduced,
        interactive: this.hasAttribute('data-interactive'),
        ...(this.dataset.phoneCardShare
          ? { phoneCardShare: Number(this.dataset.phoneCardShare) }
          : {}),
        nameMode: this.nameMode(),
        baseUrl: import.meta.env.BASE_URL,
        ...(this.step ? { camera: this.step.camera } : {}),
      });
      await this.controller.ready;
      if (run !== this.run) return;
      this.dataset.mapState = 'ready';
      if (this.highlight) this.controller.setHighlight(this.highlight);
      const step = this.step;
      if (step) await this.apply(step);
      // Boxes ticked or unticked while the map was loading win over the initial step's layers.
      if (this.querySelector('input[name="map-layer"]')) this.syncLayers();
    } catch (error) {
      if (run === this.run) this.fail(error);
    }
  }

  private fail(error: unknown): void {
    console.warn('story-map: the interactive map could not start.', error);
    this.controller?.destroy();
    this.controller = null;
    this.stage?.remove();
    this.stage = null;
    this.dataset.mapState = 'failed';
    const notice = this.querySelector('.map-notice');
    if (notice) notice.textContent = this.dataset.failedMessage ?? DEFAULT_FAILED;
  }

  private onInput(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement)) return;
    // Only the layer boxes: name radios belong to a <name-switch>, which sets data-names here.
    if (target.name === 'map-layer') this.syncLayers();
  }

  private syncLayers(): void {
    const boxes = this.querySelectorAll<HTMLInputElement>('input[name="map-layer"]:checked');
    this.controller?.showLayers([...boxes].map((b) => b.value as LayerId));
  }

  private setReduced(reduced: boolean): void {
    this.reduced = reduced;
    this.controller?.setReducedMotion(reduced);
  }

  private nameMode(): NameMode {
    return parseNameMode(this.dataset.names) ?? 'en';
  }
}

if (!customElements.get('story-map')) customElements.define('story-map', StoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'story-map': StoryMap;
  }
}

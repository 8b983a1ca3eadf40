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
import type {
  MapControllerState,
  MapCovers,
  MapStep,
} from '../map/browser/mapControllerOptions.ts';
import type { ScreenBox } from '../map/shared/annotations.ts';
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
  /** The legend of the step shown, over the map (see {@link StoryMap.showLegend}). */
  private legend: HTMLElement | null = null;
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
    this.legend?.remove();
    this.legend = null;
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
    this.showLegend(step.id);
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
        coversFor: (id) => this.coversFor(id),
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

  /**
   * Shows step `id`'s legend on the map: a copy of the one under its static map (same classes,
   * so the same styles), which stays with the map while the step's own scrolls with its section
   * (Story.astro). None outside a story, or for a step without one.
   */
  private showLegend(id: string): void {
    // A step whose graphic is a chart hides the map: no legend for it.
    const figure = document
      .getElementById(id)
      ?.querySelector('.step:not(.is-chart) > .step-graphic > figure');
    const caption = figure?.querySelector(':scope > figcaption');
    if (this.legend?.dataset.step === id && caption) return;
    this.legend?.remove();
    this.legend = null;
    if (!figure || !caption) return;
    const copy = figure.cloneNode(false) as HTMLElement;
    copy.removeAttribute('id');
    copy.classList.add('map-legend');
    copy.dataset.step = id;
    copy.append(caption.cloneNode(true));
    this.append(copy);
    this.legend = copy;
  }

  /**
   * What covers the map while step `id` is read, measured on the page in the map's pixels: the
   * legend shown on it and, where it reaches over the map (phones), the step's text card where
   * it rests once the step is reached (its section's top at its scroll margin, where the
   * Next button or a link to the step leaves it). Null outside a story.
   */
  private coversFor(id: string): MapCovers | null {
    const section = document.getElementById(id);
    const stage = this.stage;
    if (!stage || !section?.matches('.step')) return null;
    const map = stage.getBoundingClientRect();
    const within = (r: DOMRect, dy = 0): ScreenBox | undefined => {
      const box = {
        x0: Math.max(0, r.left - map.left),
        y0: Math.max(0, r.top + dy - map.top),
        x1: Math.min(map.width, r.right - map.left),
        y1: Math.min(map.height, r.bottom + dy - map.top),
      };
      return box.x1 > box.x0 && box.y1 > box.y0 ? box : undefined;
    };
    const caption =
      this.legend?.dataset.step === id ? (this.legend.firstElementChild as HTMLElement) : null;
    const inset = this.besideLocator(caption);
    const locator = inset ? within(inset) : undefined;
    const legend = caption ? within(caption.getBoundingClientRect()) : undefined;
    const rest = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
    const text = section.querySelector('.step-text');
    const card = text
      ? within(text.getBoundingClientRect(), rest - section.getBoundingClientRect().top)
      : undefined;
    return {
      ...(legend ? { legend } : {}),
      ...(card ? { card } : {}),
      ...(locator ? { locator } : {}),
    };
  }

  /**
   * Keeps the legend from hiding the locator inset (top right) where the legend spans the map's
   * top (phones): the legend ends just left of the inset, so the two share the top band, unless
   * that makes it more than a line taller (a long key): then the inset goes just below the
   * legend instead. Returns where the inset is, if shown.
   */
  private besideLocator(caption: HTMLElement | null): DOMRect | null {
    const inset = this.querySelector<SVGSVGElement>(':scope > svg[data-map-locator]');
    if (!inset) return null;
    inset.style.top = '';
    const at = inset.getBoundingClientRect();
    if (at.width === 0) return null;
    if (!caption) return at;
    caption.style.right = '';
    const full = caption.getBoundingClientRect();
    const under =
      full.left < at.right && at.left < full.right && full.top < at.bottom && at.top < full.bottom;
    if (!under) return at;
    const box = this.getBoundingClientRect();
    caption.style.right = `${(box.right - at.left + 6).toFixed(0)}px`;
    if (caption.getBoundingClientRect().height - full.height <= 18) return at;
    caption.style.right = '';
    inset.style.top = `${(full.bottom - box.top + 6).toFixed(0)}px`;
    return inset.getBoundingClientRect();
  }

  private fail(error: unknown): void {
    console.warn('story-map: the interactive map could not start.', error);
    this.controller?.destroy();
    this.controller = null;
    this.stage?.remove();
    this.stage = null;
    this.legend?.remove();
    this.legend = null;
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

/**
 * Ships to the browser, in every embed page. `<embed-frame data-embed-id="chart/<id>">` wraps the
 * page and talks to whatever page frames it:
 *
 * - posts the page's height on load, on resize (ResizeObserver) and when content changes
 *   (MutationObserver), as our `karabakh:embed-height` message (read by /embed/loader.js) and, when
 *   a pym.js parent gave a `childId`, as pym's height message too;
 * - answers a pym parent's width message with the height at once;
 * - applies `?theme=` and `?names=`, or the host's choice sent by the loader (src/embed/embedParams.ts
 *   says which wins);
 * - opens links to other sites in a new tab, and story links too when a sandbox forbids navigating
 *   the top page.
 *
 * Messages go to the parent with target "*": we cannot know the host's origin, and they carry only
 * a height. Messages are read only from the parent window, and only in the shapes we expect.
 */
import { heightMessage, pymMessage, readPymWidth, readSettings } from '../embed/childMessages.ts';
import {
  effectiveSettings,
  readEmbedParams,
  type EffectiveSettings,
  type EmbedParams,
} from '../embed/embedParams.ts';
import type { EmbedSettings } from '../embed/loader.ts';
import type { NameMode } from '../lib/placeName.ts';

/** True for nodes inside a live map or a chart's SVG. */
function insideGraphic(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest('story-map, svg');
}

class EmbedFrame extends HTMLElement {
  private params: EmbedParams = readEmbedParams('');
  private host: EmbedSettings | null = null;
  private lastHeight = -1;
  private scheduled = false;
  private cleanup: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private mutationObserver: MutationObserver | null = null;

  connectedCallback(): void {
    this.cleanup = new AbortController();
    const { signal } = this.cleanup;
    this.params = readEmbedParams(location.search);
    this.apply(effectiveSettings(this.params, this.host));

    window.addEventListener('message', (e) => this.onMessage(e), { signal });
    window.addEventListener('load', () => this.post(true), { signal });
    this.addEventListener('click', (e) => this.onClick(e), { signal });
    this.resizeObserver = new ResizeObserver(() => this.schedule());
    this.resizeObserver.observe(document.documentElement);
    // Maps and charts rewrite their insides on every animation frame without changing size (the
    // ResizeObserver would see it if they did); measuring for each of those would be waste.
    this.mutationObserver = new MutationObserver((records) => {
      if (records.some((r) => !insideGraphic(r.target))) this.schedule();
    });
    this.mutationObserver.observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    void document.fonts?.ready.then(() => this.schedule());
    this.post(true);
  }

  disconnectedCallback(): void {
    this.cleanup?.abort();
    this.resizeObserver?.disconnect();
    this.mutationObserver?.disconnect();
  }

  /** Coalesces a burst of changes into one measurement, after the current task's changes. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.post(false);
    });
  }

  /** Sends the height when it changed (or always, when `force`d: a parent asked). */
  private post(force: boolean): void {
    if (window.parent === window) return;
    // The root's box, not scrollHeight: scrollHeight never drops below the iframe's own height, so
    // an iframe sized too tall could never shrink back.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!force && height === this.lastHeight) return;
    this.lastHeight = height;
    const id = this.dataset.embedId;
    if (id) window.parent.postMessage(heightMessage(id, height), '*');
    if (this.params.childId)
      window.parent.postMessage(pymMessage(this.params.childId, 'height', height), '*');
  }

  private onMessage(event: MessageEvent): void {
    if (event.source !== window.parent || window.parent === window) return;
    if (this.params.childId && readPymWidth(event.data, this.params.childId) !== null) {
      this.post(true);
      return;
    }
    const settings = readSettings(event.data);
    if (!settings) return;
    this.host = settings;
    this.apply(effectiveSettings(this.params, settings));
    this.post(true);
  }

  private apply(settings: EffectiveSettings): void {
    const root = document.documentElement;
    if (settings.theme) root.dataset.theme = settings.theme;
    else delete root.dataset.theme;
    this.setNames(settings.names);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-story-link]'))
      link.target = settings.topNavigation ? '_top' : '_blank';
  }

  /** Switches place names in the text (`.pn` spans) and on any map (its `data-names`). */
  private setNames(mode: NameMode): void {
    for (const span of this.querySelectorAll<HTMLElement>('span.pn')) {
      const name = span.dataset[mode];
      if (name && span.textContent !== name) span.textContent = name;
    }
    for (const map of this.querySelectorAll<HTMLElement>('[data-names]'))
      if (map.dataset.names !== mode) map.dataset.names = mode;
  }

  /** Links to other sites open in a new tab instead of replacing the embed inside the frame. */
  private onClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target) return;
    if (link.origin !== location.origin) {
      link.target = '_blank';
      link.rel = 'noopener';
    }
  }
}

if (!customElements.get('embed-frame')) customElements.define('embed-frame', EmbedFrame);

declare global {
  interface HTMLElementTagNameMap {
    'embed-frame': EmbedFrame;
  }
}

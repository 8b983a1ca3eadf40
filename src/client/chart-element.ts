/**
 * Ships to the browser. The one chart element, defined once per chart of the registry as
 * `<chart-<id>>` (see ./defineCharts.ts) around the SVGs the build wrote. With its chart's module
 * (src/charts/registry.ts), it:
 *
 * - reads the chart's data from its `script.chart-data` JSON and mounts the chart on `.chart-canvas`;
 * - draws the state in `data-state` (see src/charts/core/chartState.ts) whenever the story sets
 *   it, animated unless the reader prefers reduced motion (the page's switch or the system
 *   setting, via ./preferences.ts); repeating a state does nothing;
 * - a chart that starts off screen is reset to its start state and builds up the first time it
 *   scrolls into view; one already on screen is left as drawn; printing draws it at once;
 * - names places in the reader's convention (`<html data-names>`, then every `karabakh:names`
 *   event from ./placeNames.ts), keeping whatever state is drawn;
 * - wires up the chart's controls, if it has any (the war timeline's scrubber);
 * - undoes all of it in `disconnectedCallback`.
 */
import type { ChartHost, ChartModule } from '../charts/core/chartModule.ts';
import { DEFAULT_DURATION, mountChart, type ChartHandle } from '../charts/core/mountChart.ts';
import { parseChartState } from '../charts/core/chartState.ts';
import { nameModes, type NameMode } from '../lib/placeName.ts';
import { NAMES_EVENT, type NamesDetail } from './events.ts';
import { isReducedMotion } from './preferences.ts';

/** The convention `<html data-names>` says is in force ('en' when it says none we know). */
function pageNameMode(): NameMode {
  const mode = document.documentElement.dataset.names;
  return (nameModes as readonly string[]).includes(mode ?? '') ? (mode as NameMode) : 'en';
}

/** The chart element; {@link defineChart} gives each chart's tag its module. */
export abstract class ChartElement extends HTMLElement implements ChartHost<unknown> {
  static observedAttributes = ['data-state'];
  protected abstract module: ChartModule;
  chart?: ChartHandle;
  data?: unknown;
  private observer?: IntersectionObserver;
  private waitingToReveal = false;
  private cleanup?: () => void;

  /** Animation length honouring the reader's motion preference. */
  duration(ms = DEFAULT_DURATION): number {
    return isReducedMotion() ? 0 : ms;
  }

  connectedCallback(): void {
    const json = this.querySelector('script.chart-data')?.textContent;
    const canvas = this.querySelector('.chart-canvas');
    if (!json || !canvas) return;
    this.data = JSON.parse(json) as unknown;
    // The build named the chart's title and takeaway; keep pointing at them.
    const labelledBy = canvas.querySelector('svg')?.getAttribute('aria-labelledby') ?? undefined;
    this.chart = mountChart(this.module.spec, canvas, this.data, {
      labelledBy,
      names: pageNameMode(),
      chartId: this.dataset.chart,
    });
    this.cleanup = this.module.controls?.connect(this);
    document.addEventListener(NAMES_EVENT, this.onNames);
    window.addEventListener('beforeprint', this.onPrint);
    if (isReducedMotion() || !('IntersectionObserver' in window)) {
      this.draw(0);
      return;
    }
    let first = true;
    this.observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.some((e) => e.isIntersecting);
        if (first) {
          first = false;
          if (visible) {
            this.draw(0);
            this.observer?.disconnect();
          } else {
            this.chart?.update(this.module.spec.startState(this.data), { duration: 0 });
            this.waitingToReveal = true;
          }
        } else if (visible && this.waitingToReveal) {
          this.waitingToReveal = false;
          this.observer?.disconnect();
          this.draw(this.duration());
        }
      },
      { threshold: 0.2 },
    );
    this.observer.observe(this);
  }

  attributeChangedCallback(): void {
    // Before the reveal the new state simply waits; it is drawn when the chart scrolls into view.
    if (this.chart && !this.waitingToReveal) this.draw(this.duration());
  }

  disconnectedCallback(): void {
    document.removeEventListener(NAMES_EVENT, this.onNames);
    window.removeEventListener('beforeprint', this.onPrint);
    this.observer?.disconnect();
    this.observer = undefined;
    this.cleanup?.();
    this.cleanup = undefined;
    this.chart?.destroy();
    this.chart = undefined;
    this.waitingToReveal = false;
  }

  /** Relabels places in the convention just applied, keeping the state drawn. */
  private onNames = (event: Event): void => {
    const mode = (event as CustomEvent<Partial<NamesDetail>>).detail?.mode ?? pageNameMode();
    // Before anything is drawn the page still shows the build's state, which is `data-state`.
    this.chart?.setNames(mode, parseChartState(this.dataset.state).state);
  };

  /** Paper cannot scroll: a chart still waiting to build up is drawn finished at once. */
  private onPrint = (): void => {
    if (!this.chart || !this.waitingToReveal) return;
    this.observer?.disconnect();
    this.observer = undefined;
    this.waitingToReveal = false;
    this.draw(0);
  };

  /** Draws the state in `data-state`. */
  draw(duration: number): void {
    if (!this.chart) return;
    const { state, problems } = parseChartState(this.dataset.state);
    for (const p of problems) console.warn(`<${this.localName}>: ${p}`);
    this.chart.update(state, { duration });
    this.module.controls?.drawn(this, state);
  }
}

/** Defines `tag` as the chart element for the chart whose module is `module` (once). */
export function defineChart(tag: string, module: ChartModule): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends ChartElement {
      protected module = module;
    },
  );
}

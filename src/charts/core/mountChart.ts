/**
 * Ships to the browser. The one shape every chart has: `chart(target, data, options)` returns
 * `{ update(state), destroy() }`. `target` holds the SVGs the build wrote (one per layout width);
 * the chart lays each out again with the same pure code and patches it for every state asked for.
 */
import type { NameMode } from '../../lib/placeName.ts';
import { applyScene, interruptAll } from './applyScene.ts';
import type { BaseOptions, ChartSpec } from './chartSpec.ts';
import { sameState, type ChartState } from './chartState.ts';
import { variantWidths } from './variantWidths.ts';

/** How `update` draws. */
export interface UpdateOptions {
  /** ms; 0 = at once. */
  duration?: number;
}

/** A mounted chart. */
export interface ChartHandle {
  /** Draws `state` (a repeated state is a no-op). */
  update(state: ChartState, options?: UpdateOptions): void;
  /** The state last drawn. */
  readonly state: ChartState;
  /**
   * Lays the chart out again with place labels in `mode` and draws the state last drawn (or
   * `state`, what the page shows, when nothing has been drawn yet) at once. Same mode: no-op.
   */
  setNames(mode: NameMode, state?: ChartState): void;
  /** Stops animations and removes any SVG the chart had to create. */
  destroy(): void;
}

/** Default animation length, ms. */
export const DEFAULT_DURATION = 700;

/** Mounts `spec` on `target`, adopting the SVGs already there and creating any that are missing. */
export function mountChart<D, O extends BaseOptions, L>(
  spec: ChartSpec<D, O, L>,
  target: Element,
  data: D,
  options: Partial<O> = {},
): ChartHandle {
  const created: Element[] = [];
  let names: NameMode = options.names ?? 'en';
  const variants = variantWidths.map((width) => {
    const o = { ...spec.defaults, ...options, names, width };
    const layout = spec.layout(data, o);
    let svg = target.querySelector(`svg[data-width="${width}"]`);
    if (!svg) {
      // Only when the page did not render the chart (e.g. mounting on an empty element).
      svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      applyScene(svg, spec.scene(layout, {}), { duration: 0 });
      target.appendChild(svg);
      created.push(svg);
    }
    return { svg, layout, width };
  });
  // Unknown until the first update: the page may have rendered any state.
  let current: ChartState | undefined;
  return {
    get state() {
      return current ?? {};
    },
    update(state, { duration = DEFAULT_DURATION } = {}) {
      if (current && sameState(state, current)) return;
      current = state;
      for (const { svg, layout } of variants) {
        // Layouts that CSS hides are set at once; only the visible one animates.
        const visible = (svg as SVGElement).getBoundingClientRect().width > 0;
        applyScene(svg, spec.scene(layout, state), { duration: visible ? duration : 0 });
      }
    },
    setNames(mode, state = {}) {
      if (mode === names) return;
      names = mode;
      for (const v of variants)
        v.layout = spec.layout(data, { ...spec.defaults, ...options, names, width: v.width });
      const target = current ?? state;
      current = undefined;
      this.update(target, { duration: 0 });
    },
    destroy() {
      for (const { svg } of variants) interruptAll(svg);
      for (const svg of created) svg.remove();
    },
  };
}

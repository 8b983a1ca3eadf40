/**
 * Ships to the browser, in chapter-map embeds. `<embed-stepper>` turns the chapter's steps, laid out
 * flat for readers without JavaScript, into a compact stepper: one step at a time, with
 * previous/next buttons, the Left/Right arrow keys while the embed has focus, and horizontal
 * swipes. Each change is told to the embed's `<story-map>` with the same step event (./events.ts) the
 * story sends, and the "full story" link follows the step. A repeated step is a no-op. The steps'
 * list keeps the height of the tallest step, so the host page does not jump at every step.
 *
 * Reads: `script.stepper-data` (the map steps, in order), `.stepper-step[data-step-id]`,
 * `button[data-stepper="prev|next"]`, `.stepper-status`. Sets `data-step` = the current step's id.
 */
import type { MapStep } from '../map/browser/mapControllerOptions.ts';
import { emit, STEP_EVENT } from './events.ts';
import { isReducedMotion } from './preferences.ts';

/** Horizontal travel, px, that makes a swipe (and that beats the vertical travel 1.5 times). */
const SWIPE = 40;

class EmbedStepper extends HTMLElement {
  private steps: MapStep[] = [];
  private items: HTMLElement[] = [];
  private current = -1;
  private cleanup: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fittedWidth = -1;

  /** Index of the step shown (-1 before the element starts). */
  get index(): number {
    return this.current;
  }

  connectedCallback(): void {
    const json = this.querySelector('script.stepper-data')?.textContent ?? '[]';
    this.steps = JSON.parse(json) as MapStep[];
    this.items = [...this.querySelectorAll<HTMLElement>('.stepper-step[data-step-id]')];
    if (this.items.length === 0) return;
    this.cleanup = new AbortController();
    const { signal } = this.cleanup;

    this.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-stepper]');
        if (button) this.go(this.current + (button.dataset.stepper === 'next' ? 1 : -1));
      },
      { signal },
    );
    // The embed is a document of its own, so "the embed has focus" is this document having it.
    document.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.listenForSwipes(signal);

    const controls = this.querySelector<HTMLElement>('.stepper-controls');
    if (controls) controls.hidden = false;
    this.classList.add('is-enhanced');
    // The map already starts at the first step (its initial step), so nothing is dispatched yet.
    this.show(0, false);
    this.resizeObserver = new ResizeObserver(() => this.fitHeight(false));
    this.resizeObserver.observe(this);
    void document.fonts?.ready.then(() => this.fitHeight(true));
  }

  disconnectedCallback(): void {
    this.cleanup?.abort();
    this.cleanup = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.fittedWidth = -1;
    this.querySelector<HTMLElement>('.stepper-steps')?.style.removeProperty('--stepper-min-height');
    this.classList.remove('is-enhanced');
    for (const item of this.items) item.hidden = false;
    const controls = this.querySelector<HTMLElement>('.stepper-controls');
    if (controls) controls.hidden = true;
    this.current = -1;
  }

  /** Shows step `index` (clamped to the steps there are) and tells the map. */
  go(index: number): void {
    const target = Math.max(0, Math.min(this.items.length - 1, index));
    if (target !== this.current) this.show(target, true);
  }

  private show(index: number, dispatch: boolean): void {
    this.current = index;
    this.items.forEach((item, i) => (item.hidden = i !== index));
    const id = this.items[index]!.dataset.stepId ?? '';
    this.dataset.step = id;

    const status = this.querySelector('.stepper-status');
    if (status) status.textContent = `Step ${index + 1} of ${this.items.length}`;
    const prev = this.querySelector<HTMLButtonElement>('button[data-stepper="prev"]');
    const next = this.querySelector<HTMLButtonElement>('button[data-stepper="next"]');
    const focused = document.activeElement;
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === this.items.length - 1;
    // A button that just became disabled would drop focus to the page; hand it to the other one.
    if (focused === prev && prev?.disabled) next?.focus();
    if (focused === next && next?.disabled) prev?.focus();

    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-story-link]'))
      link.hash = id;

    const step = this.steps[index];
    if (dispatch && step) {
      emit(STEP_EVENT, { id: step.id, index, step, reducedMotion: isReducedMotion() });
    }
  }

  /** Gives the list the height of its tallest step at the current width. */
  private fitHeight(force: boolean): void {
    const width = Math.round(this.getBoundingClientRect().width);
    const list = this.querySelector<HTMLElement>('.stepper-steps');
    if (!list || (width === this.fittedWidth && !force)) return;
    this.fittedWidth = width;
    // Every step shown for the moment of measuring: layout runs, nothing is painted in between.
    for (const item of this.items) item.hidden = false;
    const tallest = Math.max(...this.items.map((item) => item.getBoundingClientRect().height));
    this.items.forEach((item, i) => (item.hidden = i !== this.current));
    list.style.setProperty('--stepper-min-height', `${Math.ceil(tallest)}px`);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented)
      return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    // Arrow keys keep their meaning in text fields and sliders.
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    this.go(this.current + (event.key === 'ArrowRight' ? 1 : -1));
  }

  private listenForSwipes(signal: AbortSignal): void {
    const view = this.querySelector<HTMLElement>('.stepper-view') ?? this;
    let start: { id: number; x: number; y: number } | null = null;
    view.addEventListener(
      'pointerdown',
      (e) => {
        if (e.pointerType === 'mouse' || (e.target as Element).closest('a, button')) return;
        start = { id: e.pointerId, x: e.clientX, y: e.clientY };
      },
      { signal },
    );
    view.addEventListener(
      'pointerup',
      (e) => {
        if (!start || start.id !== e.pointerId) return;
        const dx = e.clientX - start.x;
        const dy = e.clientY - start.y;
        start = null;
        if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy))
          this.go(this.current + (dx < 0 ? 1 : -1));
      },
      { signal },
    );
    view.addEventListener('pointercancel', () => (start = null), { signal });
  }
}

if (!customElements.get('embed-stepper')) customElements.define('embed-stepper', EmbedStepper);

declare global {
  interface HTMLElementTagNameMap {
    'embed-stepper': EmbedStepper;
  }
}

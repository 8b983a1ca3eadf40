/**
 * Ships to the browser. `<story-scroller>` turns the static, top-to-bottom story into a
 * scrollytelling one: it tracks which step is active (scrollama, i.e. IntersectionObserver — no
 * scroll handlers), tells the map and charts through `karabakh:step` events, keeps the address in
 * step with the reader (replaceState, so history is not flooded), announces each step's graphic
 * description politely, and provides previous/next controls whose focus follows the step.
 */
import scrollama from 'scrollama';
import { stepFromHash, stepIndexAfter } from '../lib/story/stepFromHash.ts';
import type { StepData } from '../schemas/step.ts';
import { isReducedMotion, onReducedMotionChange } from './reducedMotion.ts';

/** The step data embedded in the page for the client (a subset of the step schema). */
export type ClientStep = StepData & { description: string };

/** Detail of the `karabakh:step` event dispatched on document. */
export interface StepEventDetail {
  id: string;
  index: number;
  step: ClientStep;
  reducedMotion: boolean;
}

class StoryScroller extends HTMLElement {
  #scroller: ReturnType<typeof scrollama> | undefined;
  #steps: ClientStep[] = [];
  #elements: HTMLElement[] = [];
  #active = -1;
  /** The step last announced to the map and charts (-1: none yet, so the map stays unloaded). */
  #dispatched = -1;
  #live: HTMLElement | null = null;
  #cleanup: (() => void)[] = [];

  connectedCallback(): void {
    const json = this.querySelector<HTMLScriptElement>('script.story-steps')?.textContent ?? '[]';
    this.#steps = JSON.parse(json) as ClientStep[];
    this.#elements = [...this.querySelectorAll<HTMLElement>('.step[data-step-id]')];
    this.#live = this.querySelector<HTMLElement>('.story-live');
    this.classList.add('is-enhanced');

    const phone = window.matchMedia('(max-width: 480px)').matches;
    this.#scroller = scrollama();
    this.#scroller
      .setup({ step: this.#elements, offset: phone ? 0.7 : 0.5 })
      .onStepEnter(({ index }) => this.activate(index, { fromScroll: true }));

    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-step-nav]');
      if (!button) return;
      const delta = button.dataset.stepNav === 'next' ? 1 : -1;
      const from = Number(button.closest<HTMLElement>('.step')?.dataset.stepIndex ?? this.#active);
      this.goTo(stepIndexAfter(from, delta, this.#steps.length));
    };
    this.addEventListener('click', onClick);
    this.#cleanup.push(() => this.removeEventListener('click', onClick));

    const onHash = () => this.#jumpToHash();
    window.addEventListener('hashchange', onHash);
    this.#cleanup.push(() => window.removeEventListener('hashchange', onHash));
    this.#cleanup.push(
      onReducedMotionChange(() => {
        if (this.#dispatched >= 0) this.#dispatch();
      }),
    );

    // A deep link lands on its step with that step's state, exactly as if scrolled there. Without
    // one, nothing is dispatched until the reader reaches the story, so MapLibre is not fetched
    // for readers who stop at the introduction.
    if (!this.#jumpToHash()) this.dataset.activeStep = this.#steps[0]?.id ?? '';
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    this.#cleanup.forEach((fn) => fn());
    this.#cleanup = [];
    this.classList.remove('is-enhanced');
  }

  /** Scrolls step `index` into view, makes it active and moves focus to its text. */
  goTo(index: number): void {
    const element = this.#elements[index];
    if (!element) return;
    element.scrollIntoView({ behavior: isReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    this.activate(index, { fromScroll: false });
    element.querySelector<HTMLElement>('.step-text')?.focus({ preventScroll: true });
  }

  /** Makes step `index` the active one; a repeated activation is a no-op. */
  activate(index: number, { fromScroll }: { fromScroll: boolean }): void {
    if ((index === this.#active && index === this.#dispatched) || !this.#steps[index]) return;
    this.#elements[this.#active]?.classList.remove('is-active');
    this.#active = index;
    const step = this.#steps[index]!;
    const element = this.#elements[index]!;
    element.classList.add('is-active');
    this.dataset.activeStep = step.id;
    this.dataset.activeKind = step.chart && step.chart.placement !== 'text' ? 'chart' : 'map';
    if (fromScroll && location.hash !== `#${step.id}`)
      history.replaceState(history.state, '', `#${step.id}`);
    if (this.#live) this.#live.textContent = step.description;
    this.#dispatch();
  }

  #dispatch(): void {
    const step = this.#steps[this.#active];
    if (!step) return;
    this.#dispatched = this.#active;
    const detail: StepEventDetail = {
      id: step.id,
      index: this.#active,
      step,
      reducedMotion: isReducedMotion(),
    };
    document.dispatchEvent(new CustomEvent('karabakh:step', { detail }));
  }

  /** Activates the step named in the address, if any. Returns whether one matched. */
  #jumpToHash(): boolean {
    const index = stepFromHash(
      location.hash,
      this.#steps.map((s) => s.id),
    );
    if (index < 0) return false;
    this.#elements[index]?.scrollIntoView({ behavior: 'auto', block: 'start' });
    this.activate(index, { fromScroll: false });
    return true;
  }
}

customElements.define('story-scroller', StoryScroller);

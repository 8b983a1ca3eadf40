/**
 * Ships to the browser. `<story-scroller>` turns the static, top-to-bottom story into a
 * scrollytelling one: it tracks which step is active, tells the map and charts through the step
 * event (./events.ts), keeps the address in step with the reader (replaceState, so history is not
 * flooded; the bare story address above the first step), keeps the reader's place when a resize
 * or rotation reflows the page, announces each step's graphic description politely, and provides
 * previous/next controls whose focus follows the step.
 *
 * The active step is always the one whose box holds the trigger line (src/lib/story/stepAtLine.ts),
 * measured, never inferred from enter/leave events, so no speed of scrolling can skip it: an
 * IntersectionObserver whose root is a thin band at the line wakes the element whenever a step
 * edge crosses it, and `scrollend` (where missing, a pause in scroll events) measures once more
 * the moment scrolling stops. Steps passed within one frame of a fling are skipped on purpose:
 * the map and charts go straight to where the reader stopped.
 */
import { isPastStory, scrollToKeep, shareAtLine, stepAtLine } from '../lib/story/stepAtLine.ts';
import { stepFromHash, stepIndexAfter } from '../lib/story/stepFromHash.ts';
import type { MapStep } from '../map/browser/mapControllerOptions.ts';
import type { StepData } from '../schemas/step.ts';
import { emit, STEP_EVENT, type StepEventDetail } from './events.ts';
import { isReducedMotion, onReducedMotionChange } from './preferences.ts';

/** The step data embedded in the page for the client: the step, its map annotations resolved. */
export type ClientStep = Omit<StepData, 'annotations' | 'events'> & Pick<MapStep, 'annotations'>;

/** Where the trigger line sits, as a share of the viewport's height: lower on phones. */
const LINE = { phone: 0.7, wide: 0.5 } as const;
const PHONE = '(max-width: 480px)';
/** How long a programmatic smooth scroll may take before measuring takes over again (ms). */
const PROGRAMMATIC_LIMIT = 1500;
/** Without `scrollend`: this long without a scroll event counts as scrolling having stopped (ms). */
const SCROLL_PAUSE = 100;

class StoryScroller extends HTMLElement {
  #steps: ClientStep[] = [];
  #elements: HTMLElement[] = [];
  #active = -1;
  /** The step last announced to the map and charts (-1: none yet, so the map stays unloaded). */
  #dispatched = -1;
  #live: HTMLElement | null = null;
  #observer: IntersectionObserver | undefined;
  /** Where the reader is: a step and where the line crosses it, to come back to after a reflow. */
  #anchor: { index: number; share: number } | null = null;
  #viewport = { width: 0, height: 0 };
  /** Until then (performance.now()), a scroll we started ourselves is under way: no measuring. */
  #programmaticUntil = 0;
  #cleanup: (() => void)[] = [];

  connectedCallback(): void {
    const json = this.querySelector<HTMLScriptElement>('script.story-steps')?.textContent ?? '[]';
    this.#steps = JSON.parse(json) as ClientStep[];
    this.#elements = [...this.querySelectorAll<HTMLElement>('.step[data-step-id]')];
    this.#live = this.querySelector<HTMLElement>('.story-live');
    this.classList.add('is-enhanced');
    this.#viewport = { width: innerWidth, height: innerHeight };

    const phone = matchMedia(PHONE);
    const onPhoneChange = () => this.#observe();
    phone.addEventListener('change', onPhoneChange);
    this.#cleanup.push(() => phone.removeEventListener('change', onPhoneChange));
    this.#observe();

    this.#listen(window, 'resize', () => this.#keepPlace());
    if ('onscrollend' in window) this.#listen(window, 'scrollend', () => this.#settle());
    else {
      let timer = 0;
      this.#listen(window, 'scroll', () => {
        clearTimeout(timer);
        timer = window.setTimeout(() => this.#settle(), SCROLL_PAUSE);
      });
      this.#cleanup.push(() => clearTimeout(timer));
    }
    this.#listen(this, 'click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-step-nav]');
      if (!button) return;
      const delta = button.dataset.stepNav === 'next' ? 1 : -1;
      const from = Number(button.closest<HTMLElement>('.step')?.dataset.stepIndex ?? this.#active);
      this.goTo(stepIndexAfter(from, delta, this.#steps.length));
    });
    this.#listen(window, 'hashchange', () => {
      if (!this.#jumpToHash()) this.#measure();
    });
    this.#cleanup.push(
      onReducedMotionChange(() => {
        if (this.#dispatched >= 0) this.#dispatch();
      }),
    );

    // A deep link lands on its step with that step's state, exactly as if scrolled there. Without
    // one, the step at the line (none above the story) is measured, and nothing is dispatched
    // until the reader reaches the story, so MapLibre is not fetched for readers who stop at the
    // introduction.
    if (!this.#jumpToHash()) this.#measure();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#cleanup.forEach((fn) => fn());
    this.#cleanup = [];
    this.classList.remove('is-enhanced');
  }

  /** Scrolls step `index` into view, makes it active and moves focus to its text. */
  goTo(index: number): void {
    const element = this.#elements[index];
    if (!element) return;
    this.#programmaticUntil = performance.now() + PROGRAMMATIC_LIMIT;
    element.scrollIntoView({ behavior: isReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    this.activate(index, { fromScroll: false });
    element.querySelector<HTMLElement>('.step-text')?.focus({ preventScroll: true });
  }

  /**
   * Makes step `index` the active one (-1: none, the reader is above the story); a repeated
   * activation is a no-op.
   */
  activate(index: number, { fromScroll }: { fromScroll: boolean }): void {
    if (index === -1) {
      this.#deactivate(fromScroll);
      return;
    }
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
    // The step's own description of its graphic, in the names the reader chose (placeNames.ts).
    if (this.#live)
      this.#live.textContent = element.querySelector('.graphic-text')?.textContent ?? '';
    this.#setRunState(element, step);
    this.#dispatch();
  }

  /**
   * A chart that consecutive steps show is drawn once for the run (`.chart-run`) and stays in the
   * panel: each step of the run sets its own state on that one element, which animates to it
   * (at once with reduced motion; see ./chart-element.ts).
   */
  #setRunState(element: HTMLElement, step: ClientStep): void {
    const chart = element.closest('.chart-run')?.querySelector<HTMLElement>('.chart[data-chart]');
    if (!chart || !step.chart || step.chart.placement === 'text') return;
    const state = JSON.stringify(step.chart.state ?? {});
    if (chart.dataset.state !== state) chart.dataset.state = state;
  }

  /** Above the first step: no step is active and the address is the bare story address. */
  #deactivate(fromScroll: boolean): void {
    this.#elements[this.#active]?.classList.remove('is-active');
    this.#active = -1;
    delete this.dataset.activeStep;
    this.dataset.activeKind = 'map';
    if (fromScroll && location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }

  #dispatch(): void {
    const step = this.#steps[this.#active];
    if (!step) return;
    this.#dispatched = this.#active;
    const detail: StepEventDetail<ClientStep> = {
      id: step.id,
      index: this.#active,
      step,
      reducedMotion: isReducedMotion(),
    };
    emit(STEP_EVENT, detail);
  }

  /** The trigger line, in viewport pixels from the top. */
  #line(): number {
    return innerHeight * (matchMedia(PHONE).matches ? LINE.phone : LINE.wide);
  }

  /** Watches a thin band at the trigger line: any step edge crossing it wakes {@link #measure}. */
  #observe(): void {
    this.#observer?.disconnect();
    const share = matchMedia(PHONE).matches ? LINE.phone : LINE.wide;
    const top = share * 100;
    // A band of 0.2% of the height rather than a zero-height line, which browsers may treat as
    // never intersecting anything.
    const bottom = Math.max(0, 100 - top - 0.2);
    this.#observer = new IntersectionObserver(
      () => {
        if (performance.now() >= this.#programmaticUntil) this.#measure();
      },
      { rootMargin: `-${top}% 0px -${bottom}% 0px` },
    );
    for (const element of this.#elements) this.#observer.observe(element);
  }

  /** Activates the step at the trigger line and remembers where the reader is in it. */
  #measure(): void {
    const spans = this.#elements.map((el) => el.getBoundingClientRect());
    const line = this.#line();
    const index = stepAtLine(spans, line);
    const past = isPastStory(spans, line);
    // Below the story (the sources) the last step stays in charge, and the address stays
    // wherever a note link put it.
    if (!past || this.#active !== index) this.activate(index, { fromScroll: !past });
    const span = spans[index];
    this.#anchor = span && !past ? { index, share: shareAtLine(span, line) } : null;
  }

  /** Scrolling stopped: whatever happened on the way, the step at the line is now the active one. */
  #settle(): void {
    this.#programmaticUntil = 0;
    this.#measure();
  }

  /**
   * After a resize or rotation, scrolls so the line crosses the same step at the same share of
   * its height as before: the reader keeps their place, not their scroll offset. Small height
   * changes (a phone's address bar showing or hiding) are left alone, as they move nothing.
   */
  #keepPlace(): void {
    const before = this.#viewport;
    this.#viewport = { width: innerWidth, height: innerHeight };
    const reflowed =
      before.width !== innerWidth || Math.abs(before.height - innerHeight) > 0.2 * before.height;
    const anchor = this.#anchor;
    const element = anchor && this.#elements[anchor.index];
    if (reflowed && anchor && element) {
      const delta = scrollToKeep(element.getBoundingClientRect(), anchor.share, this.#line());
      if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
    }
    this.#measure();
  }

  /** Activates the step named in the address, if any. Returns whether one matched. */
  #jumpToHash(): boolean {
    const index = stepFromHash(
      location.hash,
      this.#steps.map((s) => s.id),
    );
    if (index < 0) return false;
    this.#programmaticUntil = performance.now() + PROGRAMMATIC_LIMIT;
    this.#elements[index]?.scrollIntoView({ behavior: 'instant', block: 'start' });
    this.activate(index, { fromScroll: false });
    const span = this.#elements[index]?.getBoundingClientRect();
    if (span) this.#anchor = { index, share: shareAtLine(span, this.#line()) };
    return true;
  }

  #listen<K extends keyof WindowEventMap>(
    target: Window | HTMLElement,
    type: K,
    fn: (event: WindowEventMap[K]) => void,
  ): void {
    const handler = fn as EventListener;
    target.addEventListener(type, handler, { passive: true });
    this.#cleanup.push(() => target.removeEventListener(type, handler));
  }
}

customElements.define('story-scroller', StoryScroller);

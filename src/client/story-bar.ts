/**
 * Ships to the browser. `<story-bar>` keeps the sticky bar's wayfinding in step with the story:
 * it listens for the step event (./events.ts, dispatched by <story-scroller>) and shows the active step's
 * chapter in the chapter menu's button, marks that chapter in the menu (aria-current), fills the
 * progress line, and points the share tools (copy link, embed) at the active step. Choosing a
 * chapter closes the menu; the jump itself is an ordinary link to the chapter's first step.
 */
import { listen, STEP_EVENT, type StepEventDetail } from './events.ts';

class StoryBar extends HTMLElement {
  #cleanup: (() => void)[] = [];
  #last = '';

  connectedCallback(): void {
    this.#cleanup.push(listen(STEP_EVENT, (detail) => this.#show(detail)));

    const menu = this.querySelector('details.chapter-menu');
    const onPick = (event: Event) => {
      if ((event.target as Element).closest('a') && menu instanceof HTMLDetailsElement)
        menu.open = false;
    };
    menu?.addEventListener('click', onPick);
    this.#cleanup.push(() => menu?.removeEventListener('click', onPick));

    // Escape closes an open menu and gives focus back to its button, as menus do.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const open = this.querySelector<HTMLDetailsElement>('details[open]');
      if (!open) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    };
    this.addEventListener('keydown', onKey);
    this.#cleanup.push(() => this.removeEventListener('keydown', onKey));
  }

  disconnectedCallback(): void {
    this.#cleanup.forEach((fn) => fn());
    this.#cleanup = [];
  }

  #show({ id, index, step }: StepEventDetail): void {
    if (id === this.#last) return;
    this.#last = id;
    const total = Number(this.dataset.stepCount) || 1;
    const progress = this.querySelector<HTMLElement>('.progress');
    if (progress) {
      progress.style.setProperty('--progress', String((index + 1) / total));
      progress.setAttribute('aria-valuenow', String(index + 1));
      progress.setAttribute('aria-valuetext', `Step ${index + 1} of ${total}`);
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-chapter]')) {
      const current = link.dataset.chapter === step.chapter;
      if (current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
      const now = this.querySelector('.chapter-now');
      if (current && now)
        now.textContent = `${link.querySelector('.number')?.textContent ?? ''} · ${link.querySelector('.title')?.textContent ?? ''}`;
    }
    const copy = this.querySelector<HTMLElement>('copy-link');
    if (copy) copy.dataset.step = id;
    const embed = this.querySelector<HTMLAnchorElement>('a.embed-link');
    const href = document.getElementById(id)?.dataset.embed;
    if (embed && href) embed.href = href;
  }
}

if (!customElements.get('story-bar')) customElements.define('story-bar', StoryBar);

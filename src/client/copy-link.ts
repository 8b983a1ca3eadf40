/**
 * Ships to the browser. `<copy-link data-step="…">` wraps a "Copy link" button: it copies the
 * address of the step named in `data-step` when pressed (the story bar keeps it on the active
 * step; before any step, the page's own address) (src/lib/story/stepUrl.ts) and says "Link copied" in its polite
 * live region for a few seconds. Hidden without JavaScript, where it could do nothing; where the
 * clipboard is refused, it shows the address to copy by hand.
 */
import { stepUrl } from '../lib/story/stepUrl.ts';

const CLEAR_AFTER_MS = 4000;

class CopyLink extends HTMLElement {
  #stop: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!button || !status) return;
    const onClick = async () => {
      const step = this.dataset.step;
      const url = step ? stepUrl(location.href, step) : stepUrl(location.href, '');
      clearTimeout(this.#timer);
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied';
        this.#timer = setTimeout(() => (status.textContent = ''), CLEAR_AFTER_MS);
      } catch {
        // Left in place: the reader needs time to select and copy it.
        status.textContent = `Copy this link: ${url}`;
      }
    };
    button.addEventListener('click', onClick);
    this.#stop = () => button.removeEventListener('click', onClick);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
    clearTimeout(this.#timer);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);

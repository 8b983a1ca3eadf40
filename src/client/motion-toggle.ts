/**
 * Ships to the browser. `<motion-toggle>` wraps a button that switches every transition of the
 * page (map, charts, scrolling) to instant; it defaults to the operating system's setting.
 */
import {
  applyReducedMotion,
  isReducedMotion,
  onReducedMotionChange,
  setReducedMotion,
} from './preferences.ts';

class MotionToggle extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.hidden = false;
    const render = () => button.setAttribute('aria-pressed', String(isReducedMotion()));
    const toggle = () => setReducedMotion(!isReducedMotion());
    button.addEventListener('click', toggle);
    const stopListening = onReducedMotionChange(render);
    this.#stop = () => {
      button.removeEventListener('click', toggle);
      stopListening();
    };
    applyReducedMotion();
    render();
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

customElements.define('motion-toggle', MotionToggle);

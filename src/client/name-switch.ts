/**
 * Ships to the browser. `<name-switch>` wraps a "Place names" control — the header's select, or
 * the map explorer's radio buttons: it shows the
 * convention in force, applies it to the whole page on load (so a stored choice or `?names=`
 * takes effect), and applies and stores the reader's new choice. Hidden without JavaScript,
 * where it could do nothing.
 */
import { parseNameMode } from '../lib/resolveNameMode.ts';
import { listen, NAMES_EVENT } from './events.ts';
import { applyNameMode, chooseNameMode, currentNameMode } from './placeNames.ts';

class NameSwitch extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const control = nameControl(this);
    if (!control) return;
    const mode = currentNameMode();
    control.show(mode);
    const onChange = (e: Event) => {
      const chosen = parseNameMode((e.target as HTMLInputElement | HTMLSelectElement).value);
      if (chosen) chooseNameMode(chosen);
    };
    // Another switch on the page (or an embed's code) may change the convention too.
    this.addEventListener('change', onChange);
    const stopListening = listen(NAMES_EVENT, (d) => control.show(d.mode));
    this.#stop = () => {
      this.removeEventListener('change', onChange);
      stopListening();
    };
    this.hidden = false;
    // The build wrote English usage; a stored choice or ?names= is applied now. Module scripts run
    // after the document is parsed, so every name on the page is already there.
    applyNameMode(mode);
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

/** The select or radio group inside the element, as one thing that can show a mode. */
function nameControl(root: HTMLElement): { show(mode: string): void } | null {
  const select = root.querySelector('select');
  if (select) return { show: (mode) => (select.value = mode) };
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  if (radios.length === 0) return null;
  return {
    show: (mode) => radios.forEach((radio) => (radio.checked = radio.value === mode)),
  };
}

if (!customElements.get('name-switch')) customElements.define('name-switch', NameSwitch);

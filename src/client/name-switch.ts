/**
 * Ships to the browser. `<name-switch>` wraps the header's "Place names" select: it shows the
 * convention in force, applies it to the whole page on load (so a stored choice or `?names=`
 * takes effect), and applies and stores the reader's new choice. Hidden without JavaScript,
 * where it could do nothing.
 */
import { parseNameMode } from '../lib/resolveNameMode.ts';
import {
  applyNameMode,
  chooseNameMode,
  currentNameMode,
  NAMES_EVENT,
  type NamesDetail,
} from './placeNames.ts';

class NameSwitch extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const mode = currentNameMode();
    select.value = mode;
    const onChange = () => {
      const chosen = parseNameMode(select.value);
      if (chosen) chooseNameMode(chosen);
    };
    // Another switch on the page (or an embed's code) may change the convention too.
    const onApplied = (e: Event) => {
      select.value = (e as CustomEvent<NamesDetail>).detail.mode;
    };
    select.addEventListener('change', onChange);
    document.addEventListener(NAMES_EVENT, onApplied);
    this.#stop = () => {
      select.removeEventListener('change', onChange);
      document.removeEventListener(NAMES_EVENT, onApplied);
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

if (!customElements.get('name-switch')) customElements.define('name-switch', NameSwitch);

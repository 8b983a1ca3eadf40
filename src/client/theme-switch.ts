/**
 * Ships to the browser. `<theme-switch>` wraps the header's "Theme" select: System, Light or Dark.
 * A light or dark choice is stored and put on `<html data-theme>`, which the design tokens
 * (src/layouts/Base.astro) honour over the system setting, and which the live map watches;
 * "System" removes both. The inline script in <head> (src/lib/themeChoice.ts) applies a stored
 * choice before the first paint; this applies it again in case a host's CSP blocked that script.
 * Hidden without JavaScript, where it could do nothing.
 */
import { parseThemeChoice } from '../lib/themeChoice.ts';
import { applyThemeChoice, chooseTheme, storedThemeChoice } from './preferences.ts';

class ThemeSwitch extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const choice = storedThemeChoice();
    select.value = choice;
    applyThemeChoice(choice);
    const onChange = () => chooseTheme(parseThemeChoice(select.value));
    select.addEventListener('change', onChange);
    this.#stop = () => select.removeEventListener('change', onChange);
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

if (!customElements.get('theme-switch')) customElements.define('theme-switch', ThemeSwitch);

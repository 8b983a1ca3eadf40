/**
 * Ships to the browser. `<theme-switch>` wraps the header's "Theme" select: System, Light or Dark.
 * A light or dark choice is stored and put on `<html data-theme>`, which the design tokens
 * (src/layouts/Base.astro) honour over the system setting, and which the live map watches;
 * "System" removes both. The inline script in <head> (src/lib/themeChoice.ts) applies a stored
 * choice before the first paint; this applies it again in case a host's CSP blocked that script.
 * Hidden without JavaScript, where it could do nothing.
 */
import { THEME_KEY, parseThemeChoice, type ThemeChoice } from '../lib/themeChoice.ts';

function stored(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else if (root.dataset.theme !== choice) root.dataset.theme = choice;
}

function store(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

class ThemeSwitch extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const choice = stored();
    select.value = choice;
    apply(choice);
    const onChange = () => {
      const next = parseThemeChoice(select.value);
      store(next);
      apply(next);
    };
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

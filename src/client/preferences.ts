/**
 * Ships to the browser. The reader's preferences — motion, colour theme and place names — each
 * read the same way: the reader's own choice in this page (stored in localStorage) first, then
 * the system setting (or, for names, the address's `?names=`, then English usage). Every element
 * reads them here, the map included, so a switch in the page is obeyed everywhere.
 */
import type { NameMode } from '../lib/placeName.ts';
import { resolveNameMode } from '../lib/resolveNameMode.ts';
import { parseThemeChoice, THEME_KEY, type ThemeChoice } from '../lib/themeChoice.ts';
import type { Theme } from '../styles/tokens.ts';
import { emit, listen, REDUCED_MOTION_EVENT } from './events.ts';

const MOTION_KEY = 'karabakh:reduced-motion';
const NAMES_KEY = 'karabakh:names';
const motionQuery = () => matchMedia('(prefers-reduced-motion: reduce)');
const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

// ---- Motion ----

/** True when transitions should be instant: the page's switch if set, else the system setting. */
export function isReducedMotion(): boolean {
  const stored = read(MOTION_KEY);
  if (stored === 'true') return true;
  if (stored === 'false') return false;
  return motionQuery().matches;
}

/** Sets the page's own motion preference and tells every listener. */
export function setReducedMotion(reduced: boolean): void {
  write(MOTION_KEY, String(reduced));
  applyReducedMotion();
}

/** Reflects the motion preference on `<html data-reduced-motion>` and broadcasts it. */
export function applyReducedMotion(): void {
  const reduced = isReducedMotion();
  document.documentElement.dataset.reducedMotion = String(reduced);
  emit(REDUCED_MOTION_EVENT, { reduced });
}

/**
 * Calls `listener` with the preference in force whenever it changes: the page's switch, or the
 * system setting (which only counts while the page's switch is unset). Returns a stop function.
 */
export function onReducedMotionChange(listener: (reduced: boolean) => void): () => void {
  const stop = listen(REDUCED_MOTION_EVENT, (d) => listener(d.reduced));
  const query = motionQuery();
  const onQuery = () => applyReducedMotion();
  query.addEventListener('change', onQuery);
  return () => {
    stop();
    query.removeEventListener('change', onQuery);
  };
}

// ---- Theme ----

/** The reader's stored theme choice ("system" when none). */
export function storedThemeChoice(): ThemeChoice {
  return parseThemeChoice(read(THEME_KEY));
}

/** Stores the reader's theme choice and puts it on `<html data-theme>` ("system" removes both). */
export function chooseTheme(choice: ThemeChoice): void {
  if (choice === 'system') remove(THEME_KEY);
  else write(THEME_KEY, choice);
  applyThemeChoice(choice);
}

/** Puts a choice on `<html data-theme>`, which the design tokens honour over the system setting. */
export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else if (root.dataset.theme !== choice) root.dataset.theme = choice;
}

/** The theme in force: the choice on `<html data-theme>` (an embed host may set it), else the system's. */
export function currentTheme(): Theme {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return darkQuery().matches ? 'dark' : 'light';
}

/** Calls `listener` with the theme in force whenever it may have changed; returns a stop function. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  const notify = () => listener(currentTheme());
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const query = darkQuery();
  query.addEventListener('change', notify);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', notify);
  };
}

// ---- Place names ----

/** The naming convention for this page view: `?names=`, else the stored choice, else English usage. */
export function currentNameMode(): NameMode {
  return resolveNameMode({ search: location.search, stored: read(NAMES_KEY) }).mode;
}

/** Stores the reader's naming convention (applying it is ./placeNames.ts's job). */
export function storeNameMode(mode: NameMode): void {
  write(NAMES_KEY, mode);
}

// Private modes may refuse storage: a choice then lasts for this page only.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // See above.
  }
}
function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // See above.
  }
}

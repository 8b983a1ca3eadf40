/**
 * Ships to the browser. The reader's naming convention for places, applied everywhere at once:
 * story text (`.pn` spans), static SVG map labels and descriptions (`[data-names-text]`, moved or
 * hidden per `data-at-<mode>` where a longer name needs it), every `<story-map>` (its
 * `data-names`), and `<html data-names>` plus the names event (./events.ts) for anything
 * else (charts) that wants to follow.
 *
 * The convention comes from `?names=` in the address, else localStorage, else English usage
 * (./preferences.ts). Embeds that have no switcher can call
 * `applyNameMode(currentNameMode())` once to honour `?names=`.
 */
import { NAMES_TEXT_ATTRIBUTE } from '../lib/nameAttributes.ts';
import type { NameMode } from '../lib/placeName.ts';
import { searchWithNameMode } from '../lib/resolveNameMode.ts';
import { parseLabelAt } from '../map/shared/labelsByMode.ts';
import { emit, NAMES_EVENT } from './events.ts';
import { currentNameMode, storeNameMode } from './preferences.ts';

export { currentNameMode };

/**
 * Records the reader's choice and applies it. A `?names=` in the address follows the choice
 * (replaceState, keeping the hash), so the address never contradicts what the page shows.
 */
export function chooseNameMode(mode: NameMode): void {
  storeNameMode(mode);
  const search = searchWithNameMode(location.search, mode);
  if (search !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  applyNameMode(mode);
}

/** Names every place on the page in `mode` and tells whoever listens. */
export function applyNameMode(mode: NameMode, root: ParentNode = document): void {
  document.documentElement.dataset.names = mode;
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>(
    `.pn[data-en], [${NAMES_TEXT_ATTRIBUTE}]`,
  )) {
    const text = el.dataset[mode] ?? el.dataset.en;
    if (text !== undefined && el.textContent !== text) el.textContent = text;
    if (el.dataset.atEn) place(el, mode);
  }
  for (const map of root.querySelectorAll<HTMLElement>('story-map'))
    if (map.dataset.names !== mode) map.dataset.names = mode;
  emit(NAMES_EVENT, { mode });
}

/** Moves an SVG label to its spot in `mode`, or hides it where its name fits nowhere. */
function place(el: HTMLElement | SVGElement, mode: NameMode): void {
  const key = `at${mode[0]!.toUpperCase()}${mode.slice(1)}`;
  const at = parseLabelAt(el.dataset[key] ?? el.dataset.atEn);
  if (at === undefined) return;
  if (at === null) {
    el.setAttribute('visibility', 'hidden');
    return;
  }
  el.removeAttribute('visibility');
  el.setAttribute('x', at.x.toFixed(1));
  el.setAttribute('y', at.y.toFixed(1));
  el.setAttribute('text-anchor', at.anchor);
}

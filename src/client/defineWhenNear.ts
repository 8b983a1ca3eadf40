/**
 * Ships to the browser. Loads a custom element's code only when one of its instances comes near
 * the viewport, so a reader who never scrolls to a chart never downloads its D3 code.
 *
 * Nothing is lost before then: the build already wrote the finished chart as SVG, so the element
 * is a complete static graphic until its module defines it. On upgrade the browser replays the
 * element's observed attributes (a `data-state` the story set meanwhile) before `connectedCallback`,
 * so a late definition lands in the same state as an early one. Printing needs no code either.
 */

/** How far ahead of the viewport loading starts: a screen and a half, so it is there in time. */
export const NEAR_MARGIN = '150% 0px';

/**
 * Calls `load` (once) when an element named `tag` comes within `margin` of the viewport.
 * Does nothing when the page has no such element or it is already defined.
 */
export function defineWhenNear(
  tag: string,
  load: () => Promise<unknown>,
  margin: string = NEAR_MARGIN,
): void {
  const elements = [...document.getElementsByTagName(tag)];
  if (elements.length === 0 || customElements.get(tag)) return;
  if (!('IntersectionObserver' in window)) {
    loadQuietly(load);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      loadQuietly(load);
    },
    { rootMargin: margin },
  );
  for (const element of elements) observer.observe(element);
}

/**
 * Runs a loader; if the module cannot be fetched (offline, a dropped connection), the build's
 * static graphic simply stays, with a warning instead of an uncaught error.
 */
function loadQuietly(load: () => Promise<unknown>): void {
  load().catch((error: unknown) =>
    console.warn('A graphic stays static: its code did not load.', error),
  );
}

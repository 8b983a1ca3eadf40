/**
 * Ships to the browser. The reader's reduced-motion preference: the page's own switch when set
 * (stored in localStorage), otherwise the operating system's setting.
 */
const KEY = 'karabakh:reduced-motion';
const query = () => window.matchMedia('(prefers-reduced-motion: reduce)');

/** True when transitions should be instant. */
export function isReducedMotion(): boolean {
  const stored = safeGet();
  if (stored === 'true') return true;
  if (stored === 'false') return false;
  return query().matches;
}

/** Sets the page's own preference and tells every listener. */
export function setReducedMotion(reduced: boolean): void {
  try {
    localStorage.setItem(KEY, String(reduced));
  } catch {
    // Private modes may refuse storage; the setting then lasts for this page only.
  }
  apply();
}

/** Reflects the preference on <html data-reduced-motion> and broadcasts it. */
export function apply(): void {
  const reduced = isReducedMotion();
  document.documentElement.dataset.reducedMotion = String(reduced);
  document.dispatchEvent(new CustomEvent('karabakh:reduced-motion', { detail: { reduced } }));
}

/** Calls `listener` whenever the preference changes; returns a function that stops listening. */
export function onReducedMotionChange(listener: (reduced: boolean) => void): () => void {
  const onEvent = (e: Event) => listener((e as CustomEvent<{ reduced: boolean }>).detail.reduced);
  const onQuery = () => apply();
  document.addEventListener('karabakh:reduced-motion', onEvent);
  query().addEventListener('change', onQuery);
  return () => {
    document.removeEventListener('karabakh:reduced-motion', onEvent);
    query().removeEventListener('change', onQuery);
  };
}

function safeGet(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Ships to the browser (site pages only, never embeds: another site framing an embed gets no
 * worker). Registers the offline-reading service worker at the site's base once the page has
 * loaded, so it never competes with the first screen. Built with `PUBLIC_OFFLINE=off`, it instead
 * removes a worker an earlier build installed. See src/integrations/serviceWorker.ts.
 */
const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (import.meta.env.PUBLIC_OFFLINE === 'off') {
    void navigator.serviceWorker
      .getRegistration(base)
      .then((registration) => registration?.unregister());
  } else {
    const register = () =>
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
        // Offline reading is a bonus: the page works the same without it.
        console.warn('The offline copy could not be set up.', error);
      });
    if (document.readyState === 'complete') void register();
    else addEventListener('load', () => void register(), { once: true });
  }
}

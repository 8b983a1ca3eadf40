/**
 * Ships to the browser, under `astro dev` only (injected by src/integrations/validateData.ts, and
 * loaded by the problem page). Reloads the page whenever the data/ it was rendered from is no
 * longer the data/ of now: on each change the dev server announces, and once on connecting, in
 * case a change was announced while this page was still loading. See src/lib/dev/dataGeneration.ts.
 */
import {
  ASK_GENERATION_EVENT,
  GENERATION_EVENT,
  mustReload,
  renderedGeneration,
  type GenerationMessage,
} from '../lib/dev/dataGeneration.ts';

const hot = import.meta.hot;
if (hot) {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const rendered = renderedGeneration(navigation?.serverTiming ?? []);
  hot.on(GENERATION_EVENT, (message: GenerationMessage) => {
    if (mustReload(rendered, message)) location.reload();
  });
  // Sent once the connection is open (Vite queues it until then).
  hot.send(ASK_GENERATION_EVENT, {});
}

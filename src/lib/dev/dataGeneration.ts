/**
 * How a page under `astro dev` knows it shows the data/ of now. The dev server counts versions of
 * data/ (a "generation": a new one whenever the content layer writes its store or the validator's
 * list changes), stamps every page it answers with the generation its render started from, and
 * tells the pages each new generation; a page from an older generation reloads.
 *
 * Vite's own reload message is broadcast once, to the pages connected at that moment: a page that
 * was still loading (its render can take seconds) never heard it and kept the old data for good,
 * so an editor's save looked lost. Asking on connection closes that gap.
 *
 * Shared by the server (src/integrations/validateData.ts) and the page (src/client/devFreshness.ts).
 */

/** The Server-Timing metric that carries a page's generation (readable in the page). */
export const GENERATION_METRIC = 'karabakh-data';

/** Custom HMR event: the server's current generation, broadcast or answering a page's question. */
export const GENERATION_EVENT = 'karabakh:data-generation';

/** Custom HMR event a page sends once connected, asking for the current generation. */
export const ASK_GENERATION_EVENT = 'karabakh:data-generation-ask';

/** What {@link GENERATION_EVENT} carries. */
export interface GenerationMessage {
  generation: number;
  /** True when answering a page's question, false when broadcast because the data changed. */
  answer: boolean;
}

/** The Server-Timing header value stamping a page with `generation`. */
export function generationHeader(generation: number): string {
  return `${GENERATION_METRIC};desc="${generation}"`;
}

/**
 * The generation a page was rendered from, read from its navigation's Server-Timing entries
 * (undefined when absent: browsers expose them only in secure contexts, which localhost is).
 */
export function renderedGeneration(
  entries: readonly { name: string; description: string }[],
): number | undefined {
  const description = entries.find((e) => e.name === GENERATION_METRIC)?.description;
  if (description === undefined || !/^\d+$/.test(description)) return undefined;
  return Number(description);
}

/**
 * Whether a page rendered from `rendered` must reload on `message`. A page that does not know its
 * generation reloads on every change but not on an answer, which would reload it for ever.
 */
export function mustReload(rendered: number | undefined, message: GenerationMessage): boolean {
  if (rendered === undefined) return !message.answer;
  return message.generation !== rendered;
}

/**
 * The absolute address of a story step, for sharing: the page's address with the step's id as
 * its fragment. The query is dropped: `?names=` is one reader's view, and whoever opens the link
 * should get their own naming choice.
 */
export function stepUrl(pageHref: string, stepId: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = stepId;
  return url.href;
}

/**
 * An HTML id made from what an element shows, e.g. `map-title-1f3a9c0b` for a static map's title:
 * the same content gives the same id in every build (so two builds of one commit are
 * byte-identical), and two different maps on a page get different ids. Two identical elements on
 * one page would share an id, which `npm run validate:html` reports (no-dup-id).
 *
 * The hash is 32-bit FNV-1a over the content's JSON: not for security, only to tell a page's few
 * dozen maps apart (a clash among 40 is about 1 in 5 million).
 */
export function contentId(prefix: string, content: unknown): string {
  const text = JSON.stringify(content) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${prefix}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

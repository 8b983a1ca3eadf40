/**
 * The characters a built HTML page can show: its text and the attribute values a reader may see
 * (alt, title, aria-label, placeholder, content of meta tags do not render in the page font but
 * are cheap to include). Scripts and styles are dropped, except JSON data islands, whose strings
 * the page's code puts on screen (step descriptions, place names in another convention).
 * Over-collecting only adds a glyph; missing one would show a fallback letter, so err wide.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Astro and our escaping produce. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Every code point of the page's readable text. */
export function pageCodePoints(html: string): Set<number> {
  const readable = html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script\b(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>/gi, ' ')
    // Keep attribute values (labels, alt text), drop the rest of each tag.
    .replace(/<[^>]*>/g, (tag) =>
      [...tag.matchAll(/=\s*"([^"]*)"/g)].map((m) => ` ${m[1]} `).join(''),
    );
  const text = decodeEntities(readable).replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  const points = new Set<number>();
  for (const ch of text) points.add(ch.codePointAt(0)!);
  return points;
}

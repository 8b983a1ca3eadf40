/**
 * Breaks text into lines of at most `maxChars` characters at spaces, keeping at most `maxLines`
 * lines; text that does not fit ends in an ellipsis. SVG has no text wrapping, and a character
 * count is close enough for a card set in one known font.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // Trim to make room for the ellipsis, at a word boundary when there is one.
  const room = last.length + 1 > maxChars ? last.slice(0, maxChars - 1) : last;
  const cut =
    room.lastIndexOf(' ') > 0 && room !== last ? room.slice(0, room.lastIndexOf(' ')) : room;
  kept[maxLines - 1] = `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

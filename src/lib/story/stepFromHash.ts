/**
 * The step a page address points at: "#seysulan-crossing" → its index, or -1 when none matches.
 * Never throws: a malformed escape ("#%", "#first-war%") is read as the text it is, which names
 * no step, so the reader lands where the browser put them (the top) with no error.
 */
export function stepFromHash(hash: string, ids: readonly string[]): number {
  const id = safeDecode(hash.replace(/^#/, ''));
  return id ? ids.indexOf(id) : -1;
}

/** `decodeURIComponent`, or the text unchanged when it is not a valid escape sequence. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Clamps a step index moved by `delta` into the story. */
export function stepIndexAfter(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, current + delta));
}

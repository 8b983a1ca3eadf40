/** The step a page address points at: "#seysulan-crossing" → its index, or -1 when none matches. */
export function stepFromHash(hash: string, ids: readonly string[]): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? ids.indexOf(id) : -1;
}

/** Clamps a step index moved by `delta` into the story. */
export function stepIndexAfter(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, current + delta));
}

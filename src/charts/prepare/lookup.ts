/**
 * Finds the record with `id`, or throws an error naming the id and the ids available, so a typo in
 * a chart's configuration points straight at itself.
 */
export function lookup<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) {
    const known = list.map((x) => x.id);
    const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
    throw new Error(`unknown ${what} "${id}" (expected one of: ${shown})`);
  }
  return found;
}

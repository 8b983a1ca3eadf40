import type { Position } from 'geojson';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * Joins lines end to end where exactly two line ends meet at the same position (reversing a
 * line when needed), so a border delivered in pieces becomes one continuous line. Ends where
 * three or more lines meet are left unjoined, because there the continuation is ambiguous.
 * Positions must match exactly; close gaps first (see `snapLineEnds`) if they do not.
 * Output order follows the first piece of each chain in the input. Never mutates its input.
 */
export function mergeLines(lines: readonly (readonly Position[])[]): Position[][] {
  const ends = new Map<string, number>();
  for (const line of lines) {
    if (line.length < 2) continue;
    for (const p of [line[0]!, line[line.length - 1]!])
      ends.set(key(p), (ends.get(key(p)) ?? 0) + 1);
  }
  const used = new Set<number>();
  /** The unused line with an end at `p`, oriented to start there; only at simple two-line joints. */
  const takeFrom = (p: Position): Position[] | undefined => {
    if (ends.get(key(p)) !== 2) return undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (used.has(i) || line.length < 2) continue;
      if (key(line[0]!) === key(p)) {
        used.add(i);
        return line.map((q) => [...q]);
      }
      if (key(line[line.length - 1]!) === key(p)) {
        used.add(i);
        return line.map((q) => [...q]).reverse();
      }
    }
    return undefined;
  };
  const merged: Position[][] = [];
  lines.forEach((line, i) => {
    if (used.has(i)) return;
    used.add(i);
    let chain = line.map((p) => [...p]);
    if (chain.length < 2) {
      merged.push(chain);
      return;
    }
    for (
      let next = takeFrom(chain[chain.length - 1]!);
      next;
      next = takeFrom(chain[chain.length - 1]!)
    ) {
      chain = [...chain, ...next.slice(1)];
    }
    for (let prev = takeFrom(chain[0]!); prev; prev = takeFrom(chain[0]!)) {
      chain = [...prev.reverse(), ...chain.slice(1)];
    }
    merged.push(chain);
  });
  return merged;
}

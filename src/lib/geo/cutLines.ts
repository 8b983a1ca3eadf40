import { along, booleanPointInPolygon, length, lineSplit, lineString, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The middle of a line, measured along it (a vertex-free way to ask which side it is on). */
function middle(line: Position[]): Position {
  const f = lineString(line);
  return along(f, length(f, { units: 'kilometers' }) / 2, { units: 'kilometers' }).geometry
    .coordinates;
}

/** A line split wherever it crosses the outline of `cutter` (the whole line when it does not). */
function splitBy(line: Position[], cutter: Polygon): Position[][] {
  const pieces = lineSplit(lineString(line), polygon(cutter.coordinates)).features;
  return pieces.length > 0 ? pieces.map((p) => p.geometry.coordinates) : [line];
}

/** The pieces of each line that lie outside every patch (a corrected stretch is redrawn apart). */
export function cutLines(lines: readonly Position[][], patches: readonly Polygon[]): Position[][] {
  let pieces = lines.map((l) => [...l]);
  for (const patch of patches) {
    pieces = pieces
      .flatMap((l) => splitBy(l, patch))
      .filter((l) => l.length >= 2 && !booleanPointInPolygon(middle(l), patch));
  }
  return pieces;
}

/**
 * The new stretches of outline a set of patches gives an area: the parts of each patch's outline
 * that run inside the original area (for a cut) or outside it (for an addition), and not inside
 * another patch of the same kind.
 */
export function patchEdges(
  patches: readonly { action: 'removed' | 'added'; polygon: Polygon }[],
  original: Polygon | MultiPolygon,
): { action: 'removed' | 'added'; line: Position[] }[] {
  const outlineOf = (g: Polygon | MultiPolygon): Polygon[] =>
    g.type === 'Polygon'
      ? [g]
      : g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const out: { action: 'removed' | 'added'; line: Position[] }[] = [];
  patches.forEach((patch, i) => {
    let pieces = [patch.polygon.coordinates[0]!];
    for (const part of outlineOf(original)) pieces = pieces.flatMap((l) => splitBy(l, part));
    for (const line of pieces) {
      if (line.length < 2) continue;
      const mid = middle(line);
      const inOriginal = booleanPointInPolygon(mid, original);
      if (inOriginal !== (patch.action === 'removed')) continue;
      const coveredByOther = patches.some(
        (other, j) =>
          j !== i && other.action === patch.action && booleanPointInPolygon(mid, other.polygon),
      );
      if (!coveredByOther) out.push({ action: patch.action, line });
    }
  });
  return out;
}

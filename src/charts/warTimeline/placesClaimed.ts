import { onOrBefore } from '../core/chartDate.ts';
import type { WarTimelineData } from './warTimelineTypes.ts';

/**
 * Ids of the places claimed captured by the end of `until`, each once, in the order claimed: what
 * the map highlights while the reader scrubs. (Ships to the browser.)
 */
export function placesClaimed(data: WarTimelineData, until: string): string[] {
  const ids = data.marks
    .filter((m) => m.kind === 'capture-claim' && onOrBefore(m.date, until))
    .flatMap((m) => m.placeIds);
  return [...new Set(ids)];
}

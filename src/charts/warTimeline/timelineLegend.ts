import type { LegendEntry } from '../core/legend.ts';
import type { Party } from '../core/party.ts';
import type { TimelineMark, TimelineSwatch, WarTimelineOptions } from './warTimelineTypes.ts';

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Legend entries for the marks present: one per side that announced captures and one per side that
 * denied them (so each swatch colour is explained once, naming everyone who used it), then the
 * ceasefire and agreement shapes when there are any.
 */
export function timelineLegend(
  marks: readonly TimelineMark[],
  text: WarTimelineOptions['text'],
): LegendEntry<TimelineSwatch>[] {
  const entries: LegendEntry<TimelineSwatch>[] = [];
  for (const [swatch, pick, prefix] of [
    ['claim', (m: TimelineMark) => m.claimedBy, text.claim],
    ['denial', (m: TimelineMark) => m.deniedBy, text.denial],
  ] as const) {
    const speakers = marks.filter((m) => m.kind === 'capture-claim').flatMap(pick);
    for (const party of unique(speakers.map((s) => s.party)) as Party[]) {
      const names = unique(speakers.filter((s) => s.party === party).map((s) => s.name));
      entries.push({ swatch, className: `party-${party}`, text: `${prefix} ${names.join(', ')}` });
    }
  }
  if (marks.some((m) => m.kind === 'ceasefire'))
    entries.push({ swatch: 'ceasefire', text: text.ceasefire });
  if (marks.some((m) => m.kind === 'agreement'))
    entries.push({ swatch: 'agreement', text: text.agreement });
  return entries;
}

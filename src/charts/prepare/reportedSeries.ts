import type { ReportedSeries } from '../core/reported.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { FigureSeries } from '../../schemas/figure.ts';
import { lookup } from './lookup.ts';
import { speaker } from './speaker.ts';

/**
 * A figure series as charts take it: every value with its reporter named, coloured by the side of
 * whoever reported it (neutral when one series mixes reporters from different sides).
 */
export function reportedSeries(
  figures: readonly FigureSeries[],
  id: string,
  actors: readonly Actor[],
): ReportedSeries {
  const s = lookup(figures, id, 'figure series');
  const values = s.values.map((v) => ({
    date: v.date,
    value: v.value,
    ...(v.upper === undefined ? {} : { upper: v.upper }),
    qualifier: v.qualifier,
    reporter: speaker(v.reporter, actors),
  }));
  const parties = new Set(values.map((v) => v.reporter.party));
  return {
    id: s.id,
    label: s.label,
    shortLabel: s.shortLabel ?? [...new Set(values.map((v) => v.reporter.name))].join(', '),
    unit: s.unit,
    party: parties.size === 1 ? [...parties][0]! : 'other',
    values,
  };
}

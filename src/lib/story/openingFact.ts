import type { FigureSeries } from '../../schemas/figure.ts';
import { formatDate } from '../formatDate.ts';

/** Which reported values the opening's headline fact is built from. */
export interface OpeningFactSpec {
  /** The headline count: a series id and the date of the value shown. */
  count: { series: string; date: string };
  /** What the count is set against (its latest value), e.g. the population before. */
  whole: { series: string };
  /** The event the count followed, for its date. */
  after: { event: string };
}

/** The opening's headline fact as story Markdown (references only), for renderStepText. */
export interface OpeningFact {
  /** The big number, e.g. `{figure:series@date}`. */
  number: string;
  /** The sentence under it, attributed, with its notes. */
  text: string;
}

/**
 * The story's strongest fact, the September 2023 departure, written with data references so
 * every number, date, name and note comes from data/. Throws when a value is missing, which
 * fails the build rather than printing a hand-typed number.
 */
export function openingFact(
  figures: ReadonlyMap<string, FigureSeries>,
  spec: OpeningFactSpec,
): OpeningFact {
  const count = figures.get(spec.count.series)?.values.find((v) => v.date === spec.count.date);
  const whole = figures.get(spec.whole.series)?.values.at(-1);
  if (!count || !whole)
    throw new Error(
      `openingFact: no value for ${!count ? `${spec.count.series}@${spec.count.date}` : spec.whole.series} in data/figures.json`,
    );
  const sources = [...new Set([...count.sources, ...whole.sources])].join(',');
  return {
    number: `{figure:${spec.count.series}@${spec.count.date}}`,
    text:
      `people from Nagorno-Karabakh had arrived in Armenia by ${formatDate(count.date)}, ` +
      `by the count of the {actor:${count.reporter}}, after Azerbaijan's offensive of ` +
      `{date:${spec.after.event}}. About {figure:${spec.whole.series}} people were estimated ` +
      `to have lived there before it.{source:${sources}}`,
  };
}

import { describe, expect, it } from 'vitest';
import type { FigureSeries } from '../../schemas/figure.ts';
import { openingFact } from './openingFact.ts';

const series = (id: string, values: Partial<FigureSeries['values'][number]>[]): FigureSeries =>
  ({
    id,
    label: id,
    unit: 'people',
    group: 'displacement',
    description: 'd',
    values: values.map((v) => ({ qualifier: 'exact', reporter: 'am-government', ...v })),
  }) as FigureSeries;

const figures = new Map([
  [
    'arrivals',
    series('arrivals', [
      { date: '2023-09-30', value: 100417, sources: ['S153', 'S154'] },
      { date: '2023-10-20', value: 101848, sources: ['S155'] },
    ]),
  ],
  ['population', series('population', [{ date: '2023-09', value: 120000, sources: ['S153'] }])],
]);
const spec = {
  count: { series: 'arrivals', date: '2023-09-30' },
  whole: { series: 'population' },
  after: { event: 'offensive' },
};

describe('openingFact', () => {
  it('writes the fact with references to the chosen value, its reporter, the event and the sources', () => {
    const fact = openingFact(figures, spec);
    expect(fact.number).toBe('{figure:arrivals@2023-09-30}');
    expect(fact.text).toContain('by 30 September 2023, by the count of the {actor:am-government}');
    expect(fact.text).toContain('{date:offensive}');
    expect(fact.text).toContain('About {figure:population} people');
    expect(fact.text).toMatch(/\{source:S153,S154\}$/);
  });

  it('refuses to write a fact whose value is not in the data', () => {
    expect(() =>
      openingFact(figures, { ...spec, count: { series: 'arrivals', date: '2023-09-29' } }),
    ).toThrow(/no value for arrivals@2023-09-29/);
  });
});

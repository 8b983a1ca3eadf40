import { describe, expect, it } from 'vitest';
import { renderSvg } from '../core/renderSvg.ts';
import type { ReportedSeries, ReportedValue } from '../core/reported.ts';
import { defaults, layoutExodus } from './exodusLayout.ts';
import type { ExodusData } from './exodusTypes.ts';
import { exodusScene } from './exodusScene.ts';

const gov = { name: 'Armenian government', party: 'armenian' as const };
const v = (date: string, value: number, extra: Partial<ReportedValue> = {}): ReportedValue => ({
  date,
  value,
  qualifier: 'exact',
  reporter: gov,
  ...extra,
});
const series = (
  id: string,
  values: ReportedValue[],
  party: ReportedSeries['party'] = 'armenian',
): ReportedSeries => ({
  id,
  label: `${id}, as reported by someone`,
  unit: 'people',
  party,
  values,
});
const data: ExodusData = {
  population: series('population', [v('2023-09', 120000, { qualifier: 'about' })], 'other'),
  displaced: series('displaced', [v('2023-10-20', 101848), v('2023-09-30', 100417)]),
};
const layout = (d: ExodusData, width = 640) => layoutExodus(d, { ...defaults, width });

describe('layoutExodus', () => {
  it('orders counts by date and makes bars proportional to them and to the estimate', () => {
    const l = layout(data);
    expect(l.bars.map((b) => b.date)).toEqual(['2023-09-30', '2023-10-20']);
    expect(l.bars[0]!.width / l.population!.width).toBeCloseTo(100417 / 120000, 5);
  });
  it('keeps the estimate’s hedge in its label', () => {
    expect(layout(data).population!.valueLabel.text).toBe('about 120,000');
  });
  it('runs the estimate’s line down through the counts', () => {
    const l = layout(data);
    expect(l.reference!.x).toBeCloseTo(l.population!.x + l.population!.width);
    expect(l.reference!.y2).toBeGreaterThan(l.bars[1]!.y);
  });
  it('puts value labels inside long bars and beside short ones', () => {
    const l = layout(
      { displaced: series('d', [v('2023-09-25', 100), v('2023-10-01', 100000)]) },
      288,
    );
    expect(l.bars.map((b) => b.valueLabel.inside)).toEqual([false, true]);
    expect(l.bars[0]!.valueLabel.x).toBeGreaterThan(l.bars[0]!.x + l.bars[0]!.width);
  });
  it('works without a population estimate and with a single count', () => {
    const l = layout({ displaced: series('d', [v('2023-09-30', 5)]) });
    expect(l.population).toBeUndefined();
    expect(l.reference).toBeUndefined();
    expect(l.bars).toHaveLength(1);
  });
  it('draws an empty series without failing', () => {
    expect(() => exodusScene(layout({ displaced: series('d', []) }), {})).not.toThrow();
  });
});

describe('exodus states', () => {
  const l = layout(data);
  it('shows the estimate alone at step 0 and adds a count per step', () => {
    const widths = (step: number) =>
      [
        ...renderSvg(exodusScene(l, { step })).matchAll(
          /class="bar party-armenian" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g,
        ),
      ].map((m) => Number(m[1]));
    expect(widths(0)).toEqual([0, 0]);
    expect(widths(1)[0]).toBeGreaterThan(0);
    expect(widths(1)[1]).toBe(0);
    expect(widths(2).every((w) => w > 0)).toBe(true);
  });
  it('hides counts dated after `until`', () => {
    expect(renderSvg(exodusScene(l, { until: '2023-09' }))).toMatch(/20 Oct 2023.*width="0"/);
  });
});

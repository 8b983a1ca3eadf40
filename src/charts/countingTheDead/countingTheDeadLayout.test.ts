import { describe, expect, it } from 'vitest';
import { renderSvg } from '../core/renderSvg.ts';
import type { ReportedSeries, ReportedValue } from '../core/reported.ts';
import { defaults, layoutCountingTheDead } from './countingTheDeadLayout.ts';
import type { CountingTheDeadData, TollSeries } from './countingTheDeadTypes.ts';
import { countingTheDeadScene } from './countingTheDeadScene.ts';

const az = { name: 'Azerbaijani MoD', party: 'azerbaijani' as const };
const am = { name: 'Armenian government', party: 'armenian' as const };
const v = (date: string, value: number, extra: Partial<ReportedValue> = {}): ReportedValue => ({
  date,
  value,
  qualifier: 'exact',
  reporter: az,
  ...extra,
});
const toll = (
  id: string,
  party: TollSeries['party'],
  values: ReportedValue[],
  role: TollSeries['role'] = 'official',
): TollSeries => ({
  id,
  label: `${id}, as reported by someone`,
  unit: 'people killed',
  party,
  role,
  values,
});
const civ = (id: string, values: ReportedValue[]): ReportedSeries => ({
  id,
  label: id,
  unit: 'civilians killed',
  party: 'armenian',
  values,
});
const layout = (data: CountingTheDeadData, width = 640) =>
  layoutCountingTheDead(data, { ...defaults, width });

const data: CountingTheDeadData = {
  tolls: [
    toll('az', 'azerbaijani', [v('2020-12-03', 2783), v('2021-06-02', 2900)]),
    toll('am-a', 'armenian', [v('2020-11-14', 2317, { reporter: am })]),
    toll('am-b', 'armenian', [
      v('2021-03', 3250, { reporter: am }),
      v('2022-04-13', 3825, { reporter: am }),
    ]),
    toll('media', 'other', [v('2020-12', 5000, { qualifier: 'more-than' })], 'independent'),
  ],
  civilians: [
    civ('nk', [v('2020-12-22', 60), v('2021-09-27', 80)]),
    civ('range', [v('2022-09', 202, { upper: 207 })]),
  ],
};

describe('tolls panel', () => {
  const t = layout(data).tolls;
  it('starts the value axis at zero and reaches above the largest report', () => {
    expect(t.yTicks[0]!.label).toBe('0');
    const top = Math.min(...t.lines.flatMap((l) => l.points.map((p) => p.y)));
    expect(top).toBeGreaterThanOrEqual(t.plot.y0);
  });
  it('orders each series’ reports by date from left to right', () => {
    for (const l of t.lines)
      for (let i = 1; i < l.points.length; i++)
        expect(l.points[i]!.x).toBeGreaterThan(l.points[i - 1]!.x);
  });
  it('gives a side’s second series a dashed line, so colour is not the only cue', () => {
    expect(t.lines.map((l) => l.style)).toEqual(['line', 'line', 'dashed-line', 'line']);
  });
  it('marks hedged reports and draws month-dated ones across their month', () => {
    const media = t.lines[3]!.points[0]!;
    expect(media.hedged).toBe(true);
    expect(media.label).toBe('> 5,000');
    expect(media.span![1] - media.span![0]).toBeGreaterThan(0);
    expect(t.lines[0]!.points[0]!.span).toBeUndefined();
  });
  it('keeps every point inside the plot', () => {
    for (const l of t.lines)
      for (const p of l.points) {
        expect(p.x).toBeGreaterThanOrEqual(t.plot.x0);
        expect(p.x).toBeLessThanOrEqual(t.plot.x1);
        expect(p.y).toBeLessThanOrEqual(t.plot.y1);
      }
  });
  it('draws a single report as a single point', () => {
    const l = layout({ tolls: [toll('one', 'armenian', [v('2021-01-01', 10)])], civilians: [] });
    expect(l.tolls.lines[0]!.points).toHaveLength(1);
    expect(renderSvg(countingTheDeadScene(l, {}))).toContain('class="line" d="M');
  });
  it('draws nothing for empty panels, without failing', () => {
    const l = layout({ tolls: [], civilians: [] });
    expect(l.tolls.lines).toEqual([]);
    expect(l.civilians.groups).toEqual([]);
    expect(l.height).toBeGreaterThan(0);
    expect(() => countingTheDeadScene(l, {})).not.toThrow();
  });
});

describe('end labels', () => {
  it('names a line ending on a month-dated report right of its end mark, on a phone too', () => {
    // AFP's tally, the latest report, dated to August 2022: its dot reaches past the month's
    // end, so the room kept for its label must count from the dot's edge, not the month's.
    const afp = {
      ...toll('afp', 'other', [v('2022-08', 6500, { qualifier: 'more-than' })], 'independent'),
      shortLabel: 'AFP: both sides',
    };
    for (const width of [288, 440, 640, 960]) {
      const svg = renderSvg(
        countingTheDeadScene(layout({ ...data, tolls: [data.tolls[0]!, afp] }, width), {}),
      );
      const series = svg.slice(svg.indexOf('data-id="afp"'));
      const cx = Number(/<circle[^>]* cx="([\d.]+)"/.exec(series)![1]);
      const monthEnd = Number(/<line class="precision"[^>]* x2="([\d.]+)"/.exec(series)![1]);
      const label =
        /<text class="end-label" text-anchor="(\w+)"[^>]*><tspan[^>]* x="([\d.]+)"/.exec(series)!;
      // Just right of the mark: the dot's edge or the month's end, whichever is further right.
      expect([width, label[1]]).toEqual([width, 'start']);
      expect(Number(label[2])).toBeGreaterThan(cx + 4);
      expect(Number(label[2])).toBeLessThanOrEqual(Math.max(cx + 4, monthEnd) + 7);
    }
  });
});

describe('civilians panel', () => {
  const c = layout(data).civilians;
  it('makes bar length proportional to the count', () => {
    const [a, b] = c.groups[0]!.bars;
    expect(b!.width / a!.width).toBeCloseTo(80 / 60, 5);
  });
  it('draws a reported range as a bar to its low end and an extension to its high end', () => {
    const bar = c.groups[1]!.bars[0]!;
    expect(bar.rangeWidth).toBeGreaterThan(0);
    expect(bar.valueLabel.text).toBe('202–207');
  });
});

describe('counting the dead states', () => {
  const l = layout(data);
  const seriesOpacity = (svg: string, id: string) =>
    new RegExp(`data-id="${id}"><path class="[^"]*" d="[^"]*" opacity="(\\d)"`).exec(svg)?.[1];
  it('shows only official tolls at step 1, adds independent tallies at step 2', () => {
    const one = renderSvg(countingTheDeadScene(l, { step: 1 }));
    expect(seriesOpacity(one, 'az')).toBe('1');
    expect(seriesOpacity(one, 'media')).toBe('0');
    expect(one).toMatch(/class="civilians" opacity="0"/);
    expect(seriesOpacity(renderSvg(countingTheDeadScene(l, { step: 2 })), 'media')).toBe('1');
  });
  it('keeps a path’s shape when reports are hidden, folding them onto the last one shown', () => {
    const full = countingTheDeadScene(l, {});
    const early = countingTheDeadScene(l, { until: '2021-01' });
    const d = (n: typeof full) =>
      JSON.stringify(n).match(/"class":"dashed-line","d":"([^"]*)"/)?.[1] ?? '';
    expect(d(early).split(/[ML]/).length).toBe(d(full).split(/[ML]/).length);
  });
  it('draws the same picture for the same state', () => {
    expect(countingTheDeadScene(l, { step: 2, until: '2021' })).toEqual(
      countingTheDeadScene(l, { step: 2, until: '2021' }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderSvg } from '../core/renderSvg.ts';
import type { ReportedValue } from '../core/reported.ts';
import { defaults, layoutContingent } from './contingentLayout.ts';
import type { ContingentData } from './contingentTypes.ts';
import { contingentScene } from './contingentScene.ts';

const ru = { name: 'Russian MoD', party: 'russian' as const };
const v = (date: string, value: number): ReportedValue => ({
  date,
  value,
  qualifier: 'exact',
  reporter: ru,
});
const data: ContingentData = {
  allowed: [
    { id: 'troops', unit: 'servicemen', value: v('2020-11-10', 1960) },
    { id: 'apcs', unit: 'armoured personnel carriers', value: v('2020-11-10', 90) },
  ],
  posts: [
    { date: '2020-11-15', open: v('2020-11-15', 18), temporary: v('2020-11-15', 7) },
    { date: '2021-11-22', open: v('2021-11-22', 27) },
    { date: '2023-10', closed: v('2023-10', 8), temporaryClosed: v('2023-10', 16) },
  ],
  postsReporter: 'Russian MoD',
};
const layout = (d: ContingentData, width = 640) => layoutContingent(d, { ...defaults, width });

describe('unit chart', () => {
  it('draws a square for every ten, in rows no wider than the chart', () => {
    for (const width of [288, 960]) {
      const l = layout(data, width);
      expect(l.groups[0]!.squares).toHaveLength(196);
      expect(l.groups[1]!.squares).toHaveLength(9);
      for (const s of l.groups[0]!.squares)
        expect(s.x + s.size).toBeLessThanOrEqual(width - defaults.margin);
    }
  });
  it('labels each count with its number and unit', () => {
    expect(
      layout(data)
        .groups[0]!.label.map((l) => l.text)
        .join(' '),
    ).toBe('1,960 servicemen');
  });
  it('names who published the numbers', () => {
    expect(
      layout(data)
        .note.map((n) => n.text)
        .join(' '),
    ).toContain('Russian MoD');
  });
});

describe('observation posts', () => {
  const p = layout(data).posts;
  const mark = (date: string, kind: string) =>
    p.marks.find((m) => m.date === date && m.kind === kind)!;
  const zero = p.yTicks.find((t) => t.label === '0')!.y;
  it('counts posts and closures alike up from zero: closures are counts, not negatives', () => {
    expect(zero).toBeCloseTo(p.plot.y1);
    for (const m of p.marks) expect(m.y).toBeLessThan(zero);
    const closed = mark('2023-10', 'closed');
    const open = mark('2021-11-22', 'open');
    expect((zero - closed.y) / (zero - open.y)).toBeCloseTo(8 / 27, 5);
  });
  it('spaces reports by the time between them, not evenly', () => {
    const a = mark('2020-11-15', 'open').x;
    const b = mark('2021-11-22', 'open').x;
    const c = mark('2023-10', 'closed').x;
    // 372 days, then 697 to mid-October 2023.
    expect((c - b) / (b - a)).toBeCloseTo(697 / 372, 1);
  });
  it('writes the year in every date on the axis', () => {
    for (const width of [288, 960]) {
      const ticks = layout(data, width).posts.xTicks;
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(t.label).toMatch(/^([A-Z][a-z]{2} )?\d{4}$/);
    }
  });
  it('shows temporary posts as their own count beside the regular ones, not added to them', () => {
    expect(mark('2020-11-15', 'temporary').label?.text).toBe('7');
    expect(mark('2020-11-15', 'temporary').y).toBeGreaterThan(mark('2020-11-15', 'open').y);
    expect(mark('2020-11-15', 'open').label?.text).toBe('18');
  });
  it('draws a month-dated report across its month', () => {
    const m = mark('2023-10', 'closed');
    expect(m.span![0]).toBeLessThan(m.x);
    expect(m.span![1]).toBeGreaterThan(m.x);
    expect(p.legend.map((e) => e.swatch)).toContain('precision');
  });
  it('keeps the latest label where reports days apart crowd one spot, and no labels overlap', () => {
    const crowded = {
      ...data,
      posts: [
        { date: '2020-11-15', open: v('2020-11-15', 23) },
        { date: '2020-11-18', open: v('2020-11-18', 23) },
        { date: '2020-11-20', open: v('2020-11-20', 23) },
        { date: '2023-11-24', closed: v('2023-11-24', 12) },
      ],
    };
    for (const width of [288, 960]) {
      const marks = layout(crowded, width).posts.marks;
      expect(marks.filter((m) => m.label).map((m) => m.date)).toEqual(['2020-11-20', '2023-11-24']);
      for (const m of marks) expect(m.x).toBeLessThanOrEqual(width - defaults.margin);
    }
  });
});

describe('contingent edge cases and states', () => {
  it('draws no squares for nothing allowed and no slots for no reports', () => {
    const l = layout({ allowed: [], posts: [], postsReporter: '' });
    expect(l.groups).toEqual([]);
    expect(l.posts.marks).toEqual([]);
    expect(() => contingentScene(l, {})).not.toThrow();
  });
  it('draws a single report', () => {
    expect(layout({ ...data, posts: [data.posts[1]!] }).posts.marks).toHaveLength(1);
  });
  it('builds up count by count, posts last', () => {
    const l = layout(data);
    const svg = (step: number) => renderSvg(contingentScene(l, { step }));
    expect(svg(1)).toMatch(/data-id="troops"><text class="group-label strong" opacity="1"/);
    expect(svg(1)).toMatch(/data-id="apcs"><text class="group-label strong" opacity="0"/);
    expect(svg(3)).toMatch(/class="posts" opacity="0"/);
    expect(svg(4)).toMatch(/class="posts" opacity="1"/);
  });
  it("hides the reports dated after the state's date", () => {
    const scene = renderSvg(contingentScene(layout(data), { until: '2021-06' }));
    expect(scene).toMatch(/data-date="2020-11-15" data-kind="open" opacity="1"/);
    expect(scene).toMatch(/data-date="2021-11-22" data-kind="open" opacity="0"/);
  });
  it('keys in its legend only the marks drawn: no closures before any post was closed', () => {
    const l = layout(data);
    const keys = (state: Parameters<typeof contingentScene>[1]) => {
      const posts = contingentScene(l, state).children!.find((n) => n.attrs.class === 'posts')!;
      const legend = posts.children!.find((n) => n.attrs.class === 'legend')!;
      return legend
        .children!.filter((e) => e.attrs.opacity === 1)
        .map((e) => renderSvg(e).replace(/<[^>]*>/g, ''));
    };
    expect(keys({ step: 4, until: '2023-04-26' })).toEqual([
      defaults.text.open,
      defaults.text.temporary,
    ]);
    expect(keys({})).toEqual([
      defaults.text.open,
      defaults.text.temporary,
      defaults.text.closed,
      defaults.text.temporaryClosed,
      defaults.text.monthOnly,
    ]);
  });
});

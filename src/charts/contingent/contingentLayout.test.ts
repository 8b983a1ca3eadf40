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
  it('stands posts and closures alike on the zero line: closures are counts, not negatives', () => {
    for (const slot of p.slots)
      for (const s of slot.segments) expect(s.y + s.height).toBeLessThanOrEqual(p.zeroY + 0.001);
    const closures = p.slots[2]!.segments;
    expect(closures.map((s) => s.kind)).toEqual(['closed', 'temporaryClosed']);
    expect(closures[0]!.y + closures[0]!.height).toBeCloseTo(p.zeroY);
  });
  it('writes the year under a date that follows a gap of months, even within the same year', () => {
    const gap = {
      ...data,
      posts: [
        { date: '2023-04-26', open: v('2023-04-26', 30) },
        { date: '2023-10', closed: v('2023-10', 8) },
        { date: '2023-11-24', closed: v('2023-11-24', 12) },
      ],
    };
    const dates = layout(gap).posts.slots.map((slot) =>
      slot.dateLines.map((l) => l.text).join(' '),
    );
    expect(dates[0]).toMatch(/2023$/);
    expect(dates[1]).toMatch(/^Oct.*2023$/);
    expect(dates[2]).not.toMatch(/2023/);
  });

  it('stacks temporary posts on regular ones and labels the pair', () => {
    const [open, temporary] = p.slots[0]!.segments;
    expect(temporary!.y + temporary!.height).toBeCloseTo(open!.y);
    expect(p.slots[0]!.labels.map((l) => l.text)).toEqual(['18 + 7']);
    expect(p.slots[2]!.labels.map((l) => l.text)).toEqual(['8 + 16']);
  });
  it('gives bars heights proportional to the counts', () => {
    const h18 = p.slots[0]!.segments[0]!.height;
    const h27 = p.slots[1]!.segments[0]!.height;
    expect(h27 / h18).toBeCloseTo(27 / 18, 5);
  });
  it('splits a pair label over two lines where the slot is narrow', () => {
    const many = {
      ...data,
      posts: Array.from({ length: 9 }, (_, i) => ({
        date: `2021-0${i + 1}`,
        open: v('2021', 12),
        temporary: v('2021', 16),
      })),
    };
    expect(layout(many, 288).posts.slots[0]!.labels.map((l) => l.text)).toEqual(['12', '+ 16']);
  });
  it('shows the year under a date only where it changes', () => {
    const years = p.slots.map((s) => s.dateLines.map((l) => l.text).join(' '));
    expect(years).toEqual(['15 Nov 2020', '22 Nov 2021', 'Oct 2023']);
  });
});

describe('contingent edge cases and states', () => {
  it('draws no squares for nothing allowed and no slots for no reports', () => {
    const l = layout({ allowed: [], posts: [], postsReporter: '' });
    expect(l.groups).toEqual([]);
    expect(l.posts.slots).toEqual([]);
    expect(() => contingentScene(l, {})).not.toThrow();
  });
  it('draws a single report', () => {
    expect(layout({ ...data, posts: [data.posts[1]!] }).posts.slots).toHaveLength(1);
  });
  it('builds up count by count, posts last', () => {
    const l = layout(data);
    const svg = (step: number) => renderSvg(contingentScene(l, { step }));
    expect(svg(1)).toMatch(/data-id="troops"><text class="group-label strong" opacity="1"/);
    expect(svg(1)).toMatch(/data-id="apcs"><text class="group-label strong" opacity="0"/);
    expect(svg(3)).toMatch(/class="posts" opacity="0"/);
    expect(svg(4)).toMatch(/class="posts" opacity="1"/);
  });
  it('grows post bars from the zero line when they are not yet reported', () => {
    const l = layout(data);
    const scene = renderSvg(contingentScene(l, { until: '2021-06' }));
    const y =
      /data-date="2021-11-22"><rect class="bar party-russian" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="0"/.exec(
        scene,
      )?.[1];
    expect(Number(y)).toBeCloseTo(l.posts.zeroY, 0);
  });
});

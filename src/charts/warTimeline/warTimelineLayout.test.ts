import { describe, expect, it } from 'vitest';
import { dayAt, defaults, layoutWarTimeline } from './warTimelineLayout.ts';
import type { TimelineMark, WarTimelineData } from './warTimelineTypes.ts';
import { reachedMarks, untilDay, warTimelineScene } from './warTimelineScene.ts';
import { placesClaimed } from './placesClaimed.ts';
import { renderSvg } from '../core/renderSvg.ts';
import { overlaps, textBoxes } from '../testing/textBoxes.ts';

const az = { name: 'President Aliyev', party: 'azerbaijani' as const };
const am = { name: 'Armenian MoD', party: 'armenian' as const };
const mark = (
  id: string,
  date: string,
  kind: TimelineMark['kind'] = 'capture-claim',
  extra: Partial<TimelineMark> = {},
): TimelineMark => ({
  id,
  date,
  kind,
  label: id,
  placeIds: kind === 'capture-claim' ? [id] : [],
  claimedBy: kind === 'capture-claim' ? [az] : [],
  deniedBy: [],
  ...extra,
});
const war = (marks: TimelineMark[]): WarTimelineData => ({
  start: '2020-09-27',
  end: '2020-11-10',
  marks,
});
const layout = (marks: TimelineMark[], width = 640) =>
  layoutWarTimeline(war(marks), { ...defaults, width });

describe('layoutWarTimeline', () => {
  it('spans the war’s days, first to last, inside the margins', () => {
    const l = layout([mark('a', '2020-09-27'), mark('b', '2020-11-10')]);
    expect(l.days).toBe(44);
    expect(l.marks[0]!.x).toBe(l.x(0));
    expect(l.marks[1]!.x).toBe(l.x(44));
    expect(l.x(0)).toBeGreaterThan(defaults.margin);
    expect(l.x(44)).toBeLessThan(640 - defaults.margin);
  });
  it('puts marks of the same day in different rows', () => {
    const l = layout([mark('a', '2020-10-10'), mark('b', '2020-10-10'), mark('c', '2020-10-10')]);
    expect(new Set(l.marks.map((m) => m.y)).size).toBe(3);
  });
  it('turns labels near the end of the war to the left of their marks', () => {
    const l = layout([mark('Shusha and a long name', '2020-11-08')], 288);
    expect(l.marks[0]!.side).toBe('left');
    expect(l.marks[0]!.lines[0]!.x).toBeLessThan(l.marks[0]!.x);
  });
  it('labels ceasefires by their date and agreements by their title', () => {
    const l = layout([
      mark('t', '2020-10-10', 'ceasefire', { label: 'Moscow talks' }),
      mark('s', '2020-11-10', 'agreement', { label: 'Statement' }),
    ]);
    expect(l.marks.map((m) => m.lines.map((x) => x.text).join(' '))).toEqual([
      '10 Oct',
      'Statement',
    ]);
  });
  it('names each claimant and denier once in the legend, with their side’s colour', () => {
    const l = layout([
      mark('a', '2020-10-03'),
      mark('b', '2020-10-04', 'capture-claim', { deniedBy: [am] }),
      mark('c', '2020-10-09', 'capture-claim', { deniedBy: [am] }),
    ]);
    expect(l.legend.map((e) => [e.swatch, e.className, e.lines.join(' ')])).toEqual([
      ['claim', 'party-azerbaijani', 'Capture announced by President Aliyev'],
      ['denial', 'party-armenian', 'Denied by Armenian MoD'],
    ]);
  });
  it('draws an empty war: no marks, no legend, an axis', () => {
    const l = layout([]);
    expect(l.marks).toEqual([]);
    expect(l.legend).toEqual([]);
    expect(l.ticks.length).toBeGreaterThan(1);
    expect(renderSvg(warTimelineScene(l, {}))).toContain('class="war-span"');
  });
  it('draws a single mark', () => {
    expect(layout([mark('a', '2020-10-17')]).marks).toHaveLength(1);
  });
  it('keeps the first and last day among the axis labels', () => {
    const l = layout([], 288);
    expect(l.ticks[0]!.label).toBe('27 Sep');
    expect(l.ticks[l.ticks.length - 1]!.label).toBe('10 Nov');
  });
});

describe('dayAt', () => {
  it('inverts the day scale and clamps to the war', () => {
    const l = layout([]);
    expect(dayAt(l, l.x(20))).toBe(20);
    expect(dayAt(l, -50)).toBe(0);
    expect(dayAt(l, 5000)).toBe(44);
  });
});

describe('timeline state', () => {
  const l = layout([
    mark('a', '2020-10-03'),
    mark('b', '2020-10-20'),
    mark('t', '2020-10-26', 'ceasefire'),
  ]);
  it('reaches the marks dated up to and including `until`', () => {
    expect(reachedMarks(l, { until: '2020-10-20' }).map((m) => m.id)).toEqual(['a', 'b']);
    expect(reachedMarks(l, {}).map((m) => m.id)).toEqual(['a', 'b', 't']);
  });
  it('reads a month as its last day', () => {
    expect(untilDay(l, { until: '2020-10' })).toBe(34);
    expect(untilDay(l, { until: '2019' })).toBe(0);
    expect(untilDay(l, {})).toBe(44);
  });
  it('fades marks not yet reached and shows the cursor only mid-war', () => {
    const svg = renderSvg(warTimelineScene(l, { until: '2020-10-10' }));
    expect(svg).toContain('data-id="b" opacity="0.18"');
    expect(svg).toContain('data-id="a" opacity="1"');
    expect(svg).toMatch(/class="cursor"[^>]*opacity="1"/);
    expect(renderSvg(warTimelineScene(l, {}))).toMatch(/class="cursor"[^>]*opacity="0"/);
  });
  it('draws the same picture for the same state however it is reached', () => {
    expect(warTimelineScene(l, { until: '2020-10-20' })).toEqual(
      warTimelineScene(l, { until: '2020-10-20' }),
    );
  });
});

describe('placesClaimed', () => {
  it('lists places claimed by the date, each once, capture claims only', () => {
    const data = war([
      mark('madaghis', '2020-10-03', 'capture-claim', { placeIds: ['madaghis', 'talish'] }),
      mark('talish', '2020-10-05', 'capture-claim', { placeIds: ['talish'] }),
      mark('t', '2020-10-10', 'ceasefire', { placeIds: ['stepanakert'] }),
      mark('shusha', '2020-11-08'),
    ]);
    expect(placesClaimed(data, '2020-10-10')).toEqual(['madaghis', 'talish']);
    expect(placesClaimed(data, '2020-09-27')).toEqual([]);
    expect(placesClaimed(data, '2020-11-10')).toEqual(['madaghis', 'talish', 'shusha']);
  });
});

describe('layoutWarTimeline names option', () => {
  const names = { en: 'Hadrut', hy: 'Hadrut', az: 'Hadrut', both: 'Hadrut' };
  const marks = [
    mark('fuzuli', '2020-10-17', 'capture-claim', {
      label: 'Fizuli',
      names: { en: 'Fizuli', hy: 'Varanda', az: 'Füzuli', both: 'Varanda / Fuzuli' },
    }),
    mark('hadrut', '2020-10-09', 'capture-claim', { label: 'Hadrut', names }),
    mark('shusha', '2020-11-08', 'capture-claim', {
      label: 'Shusha',
      names: { en: 'Shusha', hy: 'Shushi', az: 'Şuşa', both: 'Shushi / Shusha' },
    }),
  ];
  const labelsIn = (l: ReturnType<typeof layoutWarTimeline>) =>
    l.marks.flatMap((m) => m.lines.map((t) => t.text));

  it('labels places in English by default', () => {
    expect(labelsIn(layout(marks))).toEqual(['Hadrut', 'Fizuli', 'Shusha']);
  });

  it('labels places in the convention asked for, with no overlaps at the narrow width', () => {
    for (const mode of ['az', 'both'] as const) {
      const l = layoutWarTimeline(war(marks), { ...defaults, width: 288, names: mode });
      expect(labelsIn(l).join(' ')).toContain(marks[2]!.names![mode]);
      expect(labelsIn(l).join(' ')).not.toContain('Fizuli');
      const boxes = textBoxes(warTimelineScene(l, {}));
      expect(overlaps(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
    }
  });
});

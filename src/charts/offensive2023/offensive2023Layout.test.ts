import { describe, expect, it } from 'vitest';
import type { ReportedValue } from '../core/reported.ts';
import { renderSvg } from '../core/renderSvg.ts';
import { defaults, layoutOffensive2023 } from './offensive2023Layout.ts';
import type { Offensive2023Data } from './offensive2023Types.ts';
import { offensive2023Scene } from './offensive2023Scene.ts';

const v = (date: string, value: number, party: 'armenian' | 'azerbaijani'): ReportedValue => ({
  date,
  value,
  qualifier: 'exact',
  reporter: { name: party === 'armenian' ? 'Investigative Committee' : 'Health ministry', party },
});
const data: Offensive2023Data = {
  series: [
    {
      id: 'az',
      label: 'Azerbaijani servicemen killed, as reported by Azerbaijan',
      unit: 'servicemen killed',
      party: 'azerbaijani',
      values: [v('2023-09-27', 192, 'azerbaijani'), v('2023', 198, 'azerbaijani')],
    },
    {
      id: 'am',
      label: 'Armenian-side dead, as reported by Armenia',
      unit: 'people killed',
      party: 'armenian',
      values: [v('2023-09', 223, 'armenian')],
    },
  ],
};
const layout = (width = 640) => layoutOffensive2023(data, { ...defaults, width });

describe('the dead of September 2023', () => {
  it('draws a bar per report, each dated at its own precision and labelled with its count', () => {
    const bars = layout().bars.groups.flatMap((g) => g.bars);
    expect(bars.map((b) => [b.dateLabel.text, b.valueLabel.text])).toEqual([
      ['27 Sep 2023', '192'],
      ['2023', '198'],
      ['Sep 2023', '223'],
    ]);
  });
  it('keeps each side under its own heading, naming who counted', () => {
    const headings = layout().bars.groups.map((g) => g.heading.map((h) => h.text).join(' '));
    expect(headings[0]).toContain('as reported by Azerbaijan');
    expect(headings[1]).toContain('as reported by Armenia');
  });
  it('puts both sides on one scale: bar length proportional to the count', () => {
    const [a, , c] = layout().bars.groups.flatMap((g) => g.bars);
    expect(c!.width / a!.width).toBeCloseTo(223 / 192, 5);
  });
  it('fits a phone: no bar or label past the right edge', () => {
    for (const b of layout(288).bars.groups.flatMap((g) => g.bars))
      expect(b.x0 + b.width).toBeLessThanOrEqual(288 - defaults.margin);
  });
  it('reveals each side in turn: the first series at step 1, both at step 2', () => {
    const svg = (step: number) => renderSvg(offensive2023Scene(layout(), { step }));
    expect(svg(1)).toMatch(/data-id="az" opacity="1"/);
    expect(svg(1)).toMatch(/data-id="am" opacity="0"/);
    expect(svg(2)).toMatch(/data-id="am" opacity="1"/);
  });
});

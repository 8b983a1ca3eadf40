import { describe, expect, it } from 'vitest';
import type { NameMode } from '../../lib/placeName.ts';
import { formatLabelAt, labelsByMode, parseLabelAt, type LabelAt } from './labelsByMode.ts';
import { labelDefaults, placeLabels } from './placeLabels.ts';
import { renderStaticMap, staticMapDefaults } from '../build/staticMap.ts';

const names = (en: string, hy: string, az: string, both: string): Record<NameMode, string> => ({
  en,
  hy,
  az,
  both,
});
const frame = { width: 400, height: 300 };
const boxOf = (x: number, y: number, anchor: string, text: string, o = labelDefaults) => {
  const w = text.length * o.fontSize * o.charWidth;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - o.fontSize, y1: y + o.fontSize * 0.2 };
};

describe('labelsByMode', () => {
  it('keeps every label where English usage put it when the names are as long', () => {
    const points = [
      { id: 'a', label: 'Aghdam', x: 100, y: 100 },
      { id: 'b', label: 'Goris', x: 200, y: 200 },
    ];
    const placed = placeLabels(
      points.map((p) => ({ ...p, text: p.label, priority: 1 })),
      frame,
    );
    const table = new Map([
      ['a', names('Aghdam', 'Akna', 'Ağdam', 'Akna / Aghdam')],
      ['b', names('Goris', 'Goris', 'Gorus', 'Goris / Gorus')],
    ]);
    const result = labelsByMode(placed, points, table, frame);
    expect(result.map((l) => l.at)).toEqual([{}, {}]);
    expect(result[0]?.names).toEqual(table.get('a'));
  });

  it('moves a label that would run off the frame in a longer convention', () => {
    // Room on the right for "Lachin" but not for "Berdzor / Lachin": it goes left instead.
    const points = [{ id: 'l', label: 'Lachin', x: 320, y: 150 }];
    const placed = placeLabels([{ ...points[0]!, text: 'Lachin', priority: 1 }], frame);
    expect(placed[0]?.anchor).toBe('start');
    const [label] = labelsByMode(
      placed,
      points,
      new Map([['l', names('Lachin', 'Berdzor', 'Laçın', 'Berdzor / Lachin')]]),
      frame,
    );
    expect(label?.at.both).toEqual({ x: 314, y: expect.any(Number), anchor: 'end' });
    expect(label?.at.hy).toBeUndefined();
  });

  it('gives a switched name a fifth more room than its letter count suggests', () => {
    // "Vardenis" just fits on the right by the estimate; "Basarkeçər" of the same estimated width
    // would not once rendered, so it goes left. An unchanged name stays put.
    const points = [
      { id: 'v', label: 'Vardenisxx', x: 315, y: 100 },
      { id: 's', label: 'Seysulanxx', x: 315, y: 200 },
    ];
    const placed = placeLabels(
      points.map((p) => ({ ...p, text: p.label, priority: 1 })),
      frame,
    );
    expect(placed.map((l) => l.anchor)).toEqual(['start', 'start']);
    const table = new Map([
      ['v', names('Vardenisxx', 'Vardenisxx', 'Basarkeçər', 'Vardenisxx')],
      ['s', names('Seysulanxx', 'Seysulanxx', 'Seysulanxx', 'Seysulanxx')],
    ]);
    const result = labelsByMode(placed, points, table, frame);
    const [v, s] = ['v', 's'].map((id) => result.find((l) => l.id === id));
    expect(v?.at.az?.anchor).toBe('end');
    expect(s?.at).toEqual({});
  });

  it('hides a label that fits nowhere in a convention rather than let it overlap', () => {
    // A long name squeezed between two points that sit close on every side.
    const points = [
      { id: 'mid', label: 'Mid', x: 200, y: 150 },
      { id: 'w', label: 'W', x: 160, y: 150 },
      { id: 'e', label: 'E', x: 240, y: 150 },
      { id: 'n', label: 'N', x: 200, y: 128 },
      { id: 's', label: 'S', x: 200, y: 172 },
    ];
    const placed = placeLabels(
      points.map((p, i) => ({ ...p, text: p.label, priority: i })),
      frame,
    );
    const table = new Map([['mid', names('Mid', 'Mid', 'Mid', 'A much longer double name')]]);
    const mid = labelsByMode(placed, points, table, frame).find((l) => l.id === 'mid');
    expect(mid?.at.both).toBeNull();
  });

  it('never lets labels overlap or leave the frame in any convention', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      label: `Place ${i}`,
      x: 40 + ((i * 97) % 330),
      y: 30 + ((i * 53) % 240),
    }));
    const placed = placeLabels(
      points.map((p, i) => ({ ...p, text: p.label, priority: i % 3 })),
      frame,
    );
    const table = new Map(
      points.map((p) => [
        p.id,
        names(p.label, `${p.label}ian`, p.label, `${p.label}ian / ${p.label}li`),
      ]),
    );
    const result = labelsByMode(placed, points, table, frame);
    for (const mode of ['hy', 'az', 'both'] as const) {
      const boxes = result
        .map((l) => {
          const at: LabelAt | undefined =
            mode in l.at ? l.at[mode] : { x: l.labelX, y: l.labelY, anchor: l.anchor };
          return at ? boxOf(at.x, at.y, at.anchor, l.names[mode]) : null;
        })
        .filter((b) => b !== null);
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(-0.01);
        expect(b.x1).toBeLessThanOrEqual(frame.width + 0.01);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          // Half a unit of slack: these boxes approximate placeLabels' own by a fraction.
          const overlap =
            a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          expect(overlap, `${mode}: labels ${i} and ${j}`).toBe(false);
        }
    }
  });

  it('reproduces the static map’s own placement for English usage, at both sizes', () => {
    const places = [
      { id: 'stepanakert', label: 'Stepanakert', lon: 46.75, lat: 39.82, priority: 0 },
      { id: 'shusha', label: 'Shusha', lon: 46.75, lat: 39.76, priority: 1 },
      { id: 'askeran', label: 'Askeran', lon: 46.83, lat: 39.93, priority: 2 },
    ].map((p) => ({ ...p, approximate: false }));
    const map = renderStaticMap({
      geometry: {},
      layers: [],
      places,
      camera: {
        bounds: [
          [46.5, 39.6],
          [47.0, 40.1],
        ],
      },
      width: 720,
      height: 540,
    });
    const same = new Map(places.map((p) => [p.id, names(p.label, p.label, p.label, p.label)]));
    const wide = labelsByMode(map.labels, map.points, same, { width: 720, height: 540 });
    const narrow = labelsByMode(map.labelsNarrow, map.points, same, {
      width: 720,
      height: 540,
      fontSize: map.narrowFontSize,
      offset: staticMapDefaults.narrowLabelOffset,
    });
    expect(wide.every((l) => Object.keys(l.at).length === 0)).toBe(true);
    expect(narrow.every((l) => Object.keys(l.at).length === 0)).toBe(true);
  });
});

describe('formatLabelAt and parseLabelAt', () => {
  it('round-trip a placement and a hidden label', () => {
    const at = { x: 12.3, y: -4.5, anchor: 'end' as const };
    expect(formatLabelAt(at)).toBe('12.3 -4.5 end');
    expect(parseLabelAt(formatLabelAt(at))).toEqual(at);
    expect(parseLabelAt(formatLabelAt(null))).toBeNull();
  });
  it('reads anything else as no placement', () => {
    expect(parseLabelAt(undefined)).toBeUndefined();
    expect(parseLabelAt('12 4 left')).toBeUndefined();
  });
});

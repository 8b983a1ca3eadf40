import { describe, expect, it } from 'vitest';
import { textWidth } from './textWidth.ts';
import { thinTicks } from './thinTicks.ts';

const ticks = (n: number, step: number) =>
  Array.from({ length: n }, (_, i) => ({ x: 20 + i * step, label: `${i + 10} Oct` }));

describe('thinTicks', () => {
  it('keeps every tick when there is room', () => {
    expect(thinTicks(ticks(4, 80), 12, 0, 400)).toHaveLength(4);
  });
  it('drops every other tick, then more, as space runs out', () => {
    const kept = thinTicks(ticks(10, 30), 12, 0, 400);
    expect(kept.length).toBeLessThan(10);
    for (let i = 1; i < kept.length; i++) {
      const a = kept[i - 1]!;
      const b = kept[i]!;
      expect(a.x + textWidth(a.label, 12) / 2 + 8).toBeLessThanOrEqual(
        b.x - textWidth(b.label, 12) / 2 + 0.001,
      );
    }
  });
  it('anchors edge labels to the edge so they are not clipped', () => {
    const kept = thinTicks(
      [
        { x: 0, label: '27 Sep' },
        { x: 300, label: '10 Nov' },
      ],
      12,
      0,
      300,
    );
    expect(kept.map((t) => t.anchor)).toEqual(['start', 'end']);
  });
  it('handles no ticks and a single tick', () => {
    expect(thinTicks([], 12, 0, 100)).toEqual([]);
    expect(thinTicks([{ x: 50, label: 'x' }], 12, 0, 100)).toHaveLength(1);
  });
});

describe('thinTicks with keepLast', () => {
  it('keeps the last tick even when thinning would drop it', () => {
    const kept = thinTicks(ticks(10, 30), 12, 0, 400, 8, true);
    expect(kept[kept.length - 1]!.label).toBe('19 Oct');
    for (let i = 1; i < kept.length; i++) {
      const a = kept[i - 1]!;
      const b = kept[i]!;
      expect(a.x + textWidth(a.label, 12) / 2 + 8).toBeLessThanOrEqual(
        b.x - textWidth(b.label, 12) / 2 + 0.001,
      );
    }
  });
});

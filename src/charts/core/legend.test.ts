import { describe, expect, it } from 'vitest';
import { layoutLegend } from './legend.ts';
import { textWidth } from './textWidth.ts';

const o = { maxWidth: 280, fontSize: 12, lineHeight: 16, swatchWidth: 16 };

describe('layoutLegend', () => {
  it('puts short entries on one row', () => {
    const { entries, height } = layoutLegend(
      [
        { swatch: 'dot', text: 'claimed' },
        { swatch: 'ring', text: 'denied' },
      ],
      o,
    );
    expect(entries.map((e) => e.y)).toEqual([8, 8]);
    expect(entries[1]!.x).toBeGreaterThan(0);
    expect(height).toBe(16);
  });
  it('wraps a long entry within the width and makes its row taller', () => {
    const { entries, height } = layoutLegend(
      [
        {
          swatch: 'ring',
          text: 'denied by Armenian MoD, Artsakh authorities and Artsakh MoD, in statements',
        },
      ],
      o,
    );
    expect(entries[0]!.lines.length).toBeGreaterThan(1);
    for (const line of entries[0]!.lines)
      expect(16 + 6 + textWidth(line, 12)).toBeLessThanOrEqual(280);
    expect(height).toBe(entries[0]!.lines.length * 16);
  });
  it('is empty for no entries', () => {
    expect(layoutLegend([], o)).toEqual({ entries: [], height: 0 });
  });
});

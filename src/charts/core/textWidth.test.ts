import { describe, expect, it } from 'vitest';
import { textWidth } from './textWidth.ts';

describe('textWidth', () => {
  it('is zero for empty text', () => {
    expect(textWidth('', 12)).toBe(0);
  });
  it('scales with the font size', () => {
    expect(textWidth('Shusha', 24)).toBeCloseTo(textWidth('Shusha', 12) * 2);
  });
  it('counts narrow and wide letters differently', () => {
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('MMMM', 12));
  });
  it('makes bold text wider than regular', () => {
    expect(textWidth('2,900', 12, 'bold')).toBeGreaterThan(textWidth('2,900', 12));
  });
  it('gives letters outside its table a generous width rather than none', () => {
    expect(textWidth('ə', 10)).toBeGreaterThanOrEqual(6);
  });
});

import { describe, expect, it } from 'vitest';
import { textWidth } from './textWidth.ts';
import { wrapText } from './wrapText.ts';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Azerbaijani MoD', 300, 12)).toEqual(['Azerbaijani MoD']);
  });
  it('breaks at spaces so that no line is wider than the limit', () => {
    const lines = wrapText(
      'as reported by Prime Minister Pashinyan and the Investigative Committee',
      120,
      12,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(
      'as reported by Prime Minister Pashinyan and the Investigative Committee',
    );
  });
  it('puts an over-long word on its own line instead of cutting it', () => {
    expect(wrapText('a Supercalifragilistic b', 30, 12)).toEqual([
      'a',
      'Supercalifragilistic',
      'b',
    ]);
  });
  it('returns no lines for empty text', () => {
    expect(wrapText('  ', 100, 12)).toEqual([]);
  });
});

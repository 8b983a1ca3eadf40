import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT, parseThemeChoice } from './themeChoice.ts';

describe('parseThemeChoice', () => {
  it('keeps a light or dark choice', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
  });
  it('follows the system for anything else, including nothing stored', () => {
    for (const v of [null, undefined, '', 'system', 'Dark', 'sepia'])
      expect(parseThemeChoice(v)).toBe('system');
  });
});

describe('THEME_BOOT_SCRIPT', () => {
  it('sets a stored light or dark choice on <html> and ignores anything else', () => {
    for (const [stored, expected] of [
      ['dark', 'dark'],
      ['light', 'light'],
      ['system', undefined],
      ['<script>', undefined],
      [null, undefined],
    ] as const) {
      const dataset: Record<string, string> = {};
      const run = new Function('localStorage', 'document', THEME_BOOT_SCRIPT);
      run({ getItem: () => stored }, { documentElement: { dataset } });
      expect(dataset.theme).toBe(expected);
    }
  });

  it('survives storage that throws (private modes, blocked cookies)', () => {
    const run = new Function('localStorage', 'document', THEME_BOOT_SCRIPT);
    expect(() =>
      run(
        {
          getItem: () => {
            throw new Error('denied');
          },
        },
        { documentElement: { dataset: {} } },
      ),
    ).not.toThrow();
  });
});

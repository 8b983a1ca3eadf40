import { describe, expect, it } from 'vitest';
import { effectiveSettings, readEmbedParams } from './embedParams.ts';

const host = (theme: 'light' | 'dark' | null, names: 'hy' | null = null) => ({
  type: 'karabakh:embed-settings' as const,
  theme,
  names,
  topNavigation: false,
});

describe('readEmbedParams', () => {
  it('reads theme, names and pym’s childId', () => {
    expect(readEmbedParams('?theme=dark&names=both&initialWidth=600&childId=g1')).toEqual({
      theme: 'dark',
      names: 'both',
      childId: 'g1',
    });
  });

  it('ignores values outside the allowed ones', () => {
    expect(readEmbedParams('?theme=sepia&names=fr&childId=')).toEqual({
      theme: null,
      names: null,
      childId: null,
    });
  });
});

describe('effectiveSettings', () => {
  it('follows the system theme, English usage and top-page links by default', () => {
    expect(effectiveSettings(readEmbedParams(''), null)).toEqual({
      theme: null,
      names: 'en',
      topNavigation: true,
    });
  });

  it('lets the host page choose when the address does not', () => {
    expect(effectiveSettings(readEmbedParams(''), host('dark', 'hy'))).toEqual({
      theme: 'dark',
      names: 'hy',
      topNavigation: false,
    });
  });

  it('lets the address win over the host page, auto included', () => {
    expect(effectiveSettings(readEmbedParams('?theme=light'), host('dark')).theme).toBe('light');
    expect(effectiveSettings(readEmbedParams('?theme=auto'), host('dark')).theme).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, pageCodePoints } from './pageText.ts';

const chars = (set: Set<number>) => String.fromCodePoint(...[...set].sort((a, b) => a - b));

describe('pageCodePoints', () => {
  it('collects text and visible attribute values, not tag or attribute names', () => {
    const got = chars(pageCodePoints('<p class="zzz" aria-label="Ağdam">Şuşa</p>'));
    expect(got).toContain('ğ');
    expect(got).toContain('Ş');
    expect(got).not.toContain('<');
    expect(got).not.toContain('c'); // from "class", which is never shown
  });

  it('ignores scripts and styles but reads JSON islands the page puts on screen', () => {
    const html =
      '<style>.q{}</style><script>var Ж=1</script>' +
      '<script type="application/json">{"name":"Ստեփանակերտ","esc":"\\u018f"}</script>';
    const got = chars(pageCodePoints(html));
    expect(got).not.toContain('Ж');
    expect(got).not.toContain('q');
    expect(got).toContain('Ս');
    expect(got).toContain('Ə');
  });

  it('decodes character references', () => {
    expect(decodeEntities('&amp;&#x18F;&#601;&nbsp;&bogus;')).toBe('&Əə\u00a0&bogus;');
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codePointsInRange, fontFaceCss, fontFaces, parseUnicodeRange } from './fontFaces.ts';

const require = createRequire(import.meta.url);

describe('parseUnicodeRange', () => {
  it('reads single points and spans', () => {
    expect(parseUnicodeRange('U+0131, U+0100-02BA')).toEqual([
      [0x131, 0x131],
      [0x100, 0x2ba],
    ]);
  });
  it('rejects a backwards or unreadable span', () => {
    expect(() => parseUnicodeRange('U+0200-0100')).toThrow(/bad unicode-range/);
    expect(() => parseUnicodeRange('U+zz')).toThrow(/bad unicode-range/);
  });
});

describe('the font faces', () => {
  const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);
  const face = (family: string, range: (r: string) => boolean) =>
    fontFaces.find((f) => f.family === family && f.style === 'normal' && range(f.unicodeRange))!;

  it('cover the Azerbaijani letters (Ə ğ İ ı Ş) in the serif', () => {
    const covered = new Set(
      fontFaces
        .filter((f) => f.family === 'Source Serif 4' && f.style === 'normal')
        .flatMap((f) => codePointsInRange(cps('ƏəĞğİıŞşÇçÖöÜü'), f.unicodeRange)),
    );
    expect(covered.size).toBe(14);
  });

  it('send Armenian script to Noto Sans Armenian and nothing else to it', () => {
    const armenian = face('Noto Sans Armenian', () => true);
    expect(codePointsInRange(cps('Ստեփանակերտ Stepanakert'), armenian.unicodeRange)).toEqual(
      [...new Set(cps('Ստեփանակերտ'))].sort((a, b) => a - b),
    );
  });

  it('name source files that exist in the installed font packages', () => {
    for (const f of fontFaces)
      expect(readFileSync(require.resolve(f.source)).length).toBeGreaterThan(1000);
  });

  it('never block or reflow the text while a font loads', () => {
    const css = fontFaceCss();
    expect(css.match(/@font-face/g)).toHaveLength(fontFaces.length);
    expect(css.match(/font-display:optional/g)).toHaveLength(fontFaces.length);
    expect(css).not.toMatch(/https?:/);
  });

  it('load every face from the site’s own folder, under its base path', () => {
    const css = fontFaceCss(fontFaces, '/graphics/karabakh/');
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    expect(urls).toHaveLength(fontFaces.length);
    for (const url of urls) expect(url).toMatch(/^\/graphics\/karabakh\/fonts\/[^/]+\.woff2$/);
  });
});

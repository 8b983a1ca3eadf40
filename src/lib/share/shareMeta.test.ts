import { describe, expect, it } from 'vitest';
import { shareMeta } from './shareMeta.ts';

describe('shareMeta', () => {
  it('gives Open Graph and large Twitter card tags with the absolute image and its size', () => {
    const tags = shareMeta({
      title: 'T',
      description: 'D',
      url: 'https://example.org/',
      image: 'https://example.org/share/chapter/a.png',
      imageAlt: 'Alt',
      width: 1200,
      height: 630,
    });
    const get = (key: string) =>
      tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;
    expect(get('og:type')).toBe('website');
    expect(get('og:title')).toBe('T');
    expect(get('og:description')).toBe('D');
    expect(get('og:url')).toBe('https://example.org/');
    expect(get('og:image')).toBe('https://example.org/share/chapter/a.png');
    expect(get('og:image:width')).toBe('1200');
    expect(get('og:image:height')).toBe('630');
    expect(get('twitter:card')).toBe('summary_large_image');
    expect(get('twitter:title')).toBe('T');
    expect(get('twitter:description')).toBe('D');
    expect(get('twitter:image')).toBe('https://example.org/share/chapter/a.png');
  });
});

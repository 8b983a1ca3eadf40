import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet.ts';
import { oembedDocument, oembedPath } from './oembedDocument.ts';

const entry = {
  kind: 'map' as const,
  title: 'The new line',
  path: '/embed/map/the-new-line/',
  height: 960,
};

describe('oembedDocument', () => {
  it('is a rich oEmbed 1.0 response with every field the spec requires', () => {
    const doc = oembedDocument(entry, 'https://example.org');
    expect(doc.type).toBe('rich');
    expect(doc.version).toBe('1.0');
    expect(Number.isInteger(doc.width) && doc.width > 0).toBe(true);
    expect(Number.isInteger(doc.height) && doc.height > 0).toBe(true);
    expect(doc.html.length).toBeGreaterThan(0);
  });

  it('offers exactly the gallery snippet, and names the provider', () => {
    const doc = oembedDocument(entry, 'https://example.org');
    expect(doc.html).toBe(embedSnippet(entry, 'https://example.org'));
    expect(doc).toMatchObject({
      title: 'The new line',
      provider_name: 'Karabakh, explained',
      provider_url: 'https://example.org/',
      height: 960,
    });
  });

  it('names the provider at the story’s own address when the site lives in a folder', () => {
    const doc = oembedDocument(entry, 'https://news.example/graphics/karabakh/');
    expect(doc.provider_url).toBe('https://news.example/graphics/karabakh/');
    expect(doc.html).toContain('https://news.example/graphics/karabakh/embed/map/the-new-line/');
  });

  it('survives a round trip through JSON unchanged', () => {
    const doc = oembedDocument(entry, 'https://example.org');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('oembedPath', () => {
  it('sits beside the embed page', () => {
    expect(oembedPath(entry)).toBe('/embed/map/the-new-line/oembed.json');
  });
});

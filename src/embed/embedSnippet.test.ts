import { describe, expect, it } from 'vitest';
import { embedFrameTitle, embedSnippet, pymSnippet, pymXdomain } from './embedSnippet.ts';

const entry = {
  kind: 'chart' as const,
  title: 'Counting the "dead" & <missing>',
  path: '/embed/chart/counting-the-dead/',
  height: 812.4,
};

describe('embedSnippet', () => {
  it('is a lazy, borderless, full-width iframe marked for the loader, then the loader script', () => {
    const html = embedSnippet(entry, 'https://example.org');
    const [frame, script] = html.split('\n');
    expect(frame).toMatch(
      /^<iframe src="https:\/\/example\.org\/embed\/chart\/counting-the-dead\/"/,
    );
    expect(frame).toContain(
      ' width="100%" height="812" loading="lazy" style="border:0;width:100%"',
    );
    expect(frame).toMatch(/ data-karabakh-embed><\/iframe>$/);
    expect(script).toBe('<script src="https://example.org/embed/loader.js" async></script>');
  });

  it('escapes the title, so data never becomes markup', () => {
    expect(embedSnippet(entry, 'https://example.org')).toContain(
      'title="Chart: Counting the &quot;dead&quot; &amp; &lt;missing&gt; · Karabakh, explained"',
    );
  });

  it('keeps the base path of a site published in a folder, in the frame and the loader', () => {
    const html = embedSnippet(entry, 'https://news.example/graphics/karabakh/');
    expect(html).toContain(
      'src="https://news.example/graphics/karabakh/embed/chart/counting-the-dead/"',
    );
    expect(html).toContain('src="https://news.example/graphics/karabakh/embed/loader.js"');
    // The same address written without its last slash is the same folder, not a page in its parent.
    expect(embedSnippet(entry, 'https://news.example/graphics/karabakh')).toBe(html);
  });
});

describe('embedFrameTitle', () => {
  it('says whether the embed is a chart or a map', () => {
    expect(embedFrameTitle({ kind: 'map', title: 'The new line' })).toBe(
      'Map: The new line · Karabakh, explained',
    );
  });
});

describe('pymXdomain', () => {
  it('matches our origin only, not a look-alike host', () => {
    // pym.js tests `new RegExp(xdomain + '$')` against the message's origin.
    const re = new RegExp(`${pymXdomain('https://news.example/graphics/karabakh/')}$`);
    expect(re.test('https://news.example')).toBe(true);
    expect(re.test('https://newsxexample')).toBe(false);
    expect(re.test('https://evil.example/https://news.example')).toBe(false);
    expect(re.test('https://news.example.evil.example')).toBe(false);
    expect(re.test('http://news.example')).toBe(false);
  });
});

describe('pymSnippet', () => {
  it('starts a pym parent for the embed at the site’s address, restricted to its origin', () => {
    const html = pymSnippet(entry, 'https://news.example/graphics/karabakh/');
    expect(html).toBe(
      `<div id="karabakh-graphic"></div>\n<script>new pym.Parent('karabakh-graphic', 'https://news.example/graphics/karabakh/embed/chart/counting-the-dead/', { xdomain: '^https://news\\\\.example' });</script>`,
    );
  });
});

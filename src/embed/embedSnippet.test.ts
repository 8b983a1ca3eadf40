import { describe, expect, it } from 'vitest';
import { embedFrameTitle, embedSnippet } from './embedSnippet.ts';

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

  it('resolves addresses against the site, whatever path the site URL carries', () => {
    expect(embedSnippet(entry, 'https://example.org/some/page')).toContain(
      'src="https://example.org/embed/chart/counting-the-dead/"',
    );
  });
});

describe('embedFrameTitle', () => {
  it('says whether the embed is a chart or a map', () => {
    expect(embedFrameTitle({ kind: 'map', title: 'The new line' })).toBe(
      'Map: The new line · Karabakh, explained',
    );
  });
});

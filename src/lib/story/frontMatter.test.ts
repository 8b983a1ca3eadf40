import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontMatter.ts';

describe('splitFrontMatter', () => {
  it('parses YAML settings and keeps the body', () => {
    const file = splitFrontMatter(
      '---\nid: lede\nlayers: [loc-2020]\n---\nText with {place:parukh}.\n',
    );
    expect(file.data).toEqual({ id: 'lede', layers: ['loc-2020'] });
    expect(file.body).toBe('Text with {place:parukh}.\n');
  });
  it('reports a file without front matter', () => {
    expect(splitFrontMatter('Just text').error).toMatch(/has no front matter/);
  });
  it('reports invalid YAML without throwing', () => {
    expect(splitFrontMatter('---\nid: [unclosed\n---\nx').error).toMatch(
      /has invalid front matter/,
    );
  });
});

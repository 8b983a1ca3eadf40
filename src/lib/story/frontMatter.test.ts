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

describe('front matter errors in plain words', () => {
  it('names a missing closing --- rather than saying there is no front matter', () => {
    expect(splitFrontMatter('---\nid: lede\nlayers: [loc-2020]\nText.\n').error).toBe(
      'opens its settings with --- on line 1 but never closes them (expected a line with only --- after the settings, before the text)',
    );
  });

  it('says an unclosed list is not closed, with its line in the file', () => {
    const error = splitFrontMatter(
      '---\nid: lede\nplaces: [parukh,\nlayers: [loc-2020]\n---\nx',
    ).error;
    expect(error).toMatch(
      /^has invalid front matter on line 4: a list or setting is not indented enough or is not closed/,
    );
    expect(error).not.toMatch(/Flow sequence|sufficiently/);
  });

  it('says a setting appears twice', () => {
    expect(splitFrontMatter('---\nid: a\nid: b\n---\nx').error).toBe(
      'has invalid front matter on line 3: a setting appears twice (expected each setting, e.g. places:, once)',
    );
  });

  it('accepts the same settings once the mistake is fixed', () => {
    expect(splitFrontMatter('---\nid: a\nplaces: [parukh]\n---\nx').error).toBeUndefined();
  });
});

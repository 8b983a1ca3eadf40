import { describe, expect, it } from 'vitest';
import { htmlTags } from './htmlTags.ts';

describe('htmlTags', () => {
  it('reads names and attributes in every quoting style, bare ones as empty', () => {
    const [tag] = htmlTags(`<A Href="/x" title='a "b"' data-n=3 hidden>`);
    expect(tag?.name).toBe('a');
    expect([...tag!.attrs]).toEqual([
      ['href', '/x'],
      ['title', 'a "b"'],
      ['data-n', '3'],
      ['hidden', ''],
    ]);
  });

  it('keeps < and > inside quoted values, as browsers do', () => {
    const tags = htmlTags('<p title="<script>x</script>">t</p>');
    expect(tags.map((t) => t.name)).toEqual(['p']);
  });

  it('takes script and style text raw and skips comments and end tags', () => {
    const tags = htmlTags(
      '<!-- <b> --><script>if (a<b) c("</p>")</script></div><style>p>a{}</style>',
    );
    expect(tags.map((t) => [t.name, t.text])).toEqual([
      ['script', 'if (a<b) c("</p>")'],
      ['style', 'p>a{}'],
    ]);
  });
});

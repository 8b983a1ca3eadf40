/** One start tag of an HTML document, with the raw text of a script or style element. */
export interface HtmlTag {
  name: string;
  /** Attribute names (lower-case) and values as written (entities not decoded). */
  attrs: Map<string, string>;
  /** For `<script>` and `<style>`: the element's text, byte for byte. */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style']);

/**
 * Lists the start tags of a document the way a browser's tokenizer sees them: quoted attribute
 * values may hold `<` and `>` (Astro leaves them unescaped there), comments and end tags are
 * skipped, and script and style text is not searched for tags. Enough for checking Astro's own
 * well-formed output; not a general HTML parser.
 * @see https://html.spec.whatwg.org/multipage/parsing.html#tokenization
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let i = 0;
  const skipPast = (end: string) => {
    const at = html.indexOf(end, i);
    i = at === -1 ? html.length : at + end.length;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) skipPast('-->');
    else if (/^<[!?/]/.test(html.slice(i, i + 2))) skipPast('>');
    else if (/^<[a-zA-Z]/.test(html.slice(i, i + 2))) {
      const name = /^<([^\s/>]+)/.exec(html.slice(i))![1]!.toLowerCase();
      i += name.length + 1;
      const attrs = new Map<string, string>();
      for (;;) {
        while (i < html.length && /[\s/]/.test(html[i]!)) i++;
        if (i >= html.length || html[i] === '>') break;
        const attrName = /^[^\s/>=]+|^=/.exec(html.slice(i))![0];
        i += attrName.length;
        while (/\s/.test(html[i] ?? '')) i++;
        let value = '';
        if (html[i] === '=') {
          i++;
          while (/\s/.test(html[i] ?? '')) i++;
          const quote = html[i];
          if (quote === '"' || quote === "'") {
            const end = html.indexOf(quote, i + 1);
            value = html.slice(i + 1, end === -1 ? html.length : end);
            i = end === -1 ? html.length : end + 1;
          } else {
            value = /^[^\s>]*/.exec(html.slice(i))![0];
            i += value.length;
          }
        }
        if (!attrs.has(attrName.toLowerCase())) attrs.set(attrName.toLowerCase(), value);
      }
      i++;
      const tag: HtmlTag = { name, attrs };
      if (RAW_TEXT.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, i);
        tag.text = html.slice(i, end === -1 ? html.length : end);
        i = end === -1 ? html.length : end;
      }
      tags.push(tag);
    } else i++;
  }
  return tags;
}

import { escapeHtml } from '../escapeHtml.ts';
import { expandRefs, type RefContext } from './expandRefs.ts';
import { splitMore } from './splitMore.ts';

/**
 * Renders a step's text — a small, documented subset of Markdown — to HTML:
 * paragraphs separated by blank lines, `**strong**`, `_emphasis_` (or `*emphasis*`), `[links](https://…)`, plus the
 * data references of refs.ts. Text after a `<!-- more -->` line (splitMore.ts) becomes an expandable
 * "More detail" block. Everything the editor typed is escaped first, so data never becomes
 * markup; only the references and this subset produce tags.
 */
export function renderStepText(markdown: string, ctx: RefContext): string {
  const { main, more } = splitMore(markdown);
  const html = paragraphs(main, ctx);
  if (!more) return html;
  // <details> is a native disclosure: keyboard and screen readers get a button that says whether
  // it is expanded, with no script. Print CSS shows its content.
  return `${html}\n<details class="step-more"><summary>More detail</summary>\n${paragraphs(more, ctx)}\n</details>`;
}

function paragraphs(markdown: string, ctx: RefContext): string {
  return markdown
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((para) => para.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((para) => `<p>${inline(expandRefs(escapeHtml(para), ctx))}</p>`)
    .join('\n');
}

/** Inline Markdown on already-escaped text. Attribute values produced by refs contain no * or [. */
function inline(html: string): string {
  return (
    html
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
      // _emphasis_ too: Prettier (npm run lint) rewrites *emphasis* to it in the step files.
      .replace(/(^|[\s(])_([^_\s][^_]*)_(?=$|[\s).,;:!?])/g, '$1<em>$2</em>')
  );
}

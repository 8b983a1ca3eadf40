import { createHash } from 'node:crypto';
import { htmlTags, type HtmlTag } from './htmlTags.ts';

/** What the CSP must know about one built HTML page. */
export interface InlineSources {
  /** Text of each inline script the browser would run (classic or module, no `src`). */
  scripts: string[];
  /** Text of each `<style>` element. */
  styles: string[];
  /** Markup the policy blocks and no hash can allow: `on*=` handlers, `style=` attributes, `javascript:` URLs. */
  blocked: string[];
}

/** Script types a browser executes; anything else (`application/json`, …) is inert data. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** A URL attribute as the browser reads it: character references decoded, tabs and newlines dropped. */
function urlValue(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/[\t\n\r]/g, '');
}

const describe = (tag: HtmlTag) => `<${tag.name} ${[...tag.attrs.keys()].join(' ')}>`;

/**
 * Lists the inline scripts and styles of a page (Astro's output, so well-formed HTML) and the
 * markup a strict policy would block. Script and style text is taken byte for byte, as the
 * browser hashes it.
 */
export function inlineSources(html: string): InlineSources {
  const result: InlineSources = { scripts: [], styles: [], blocked: [] };
  for (const tag of htmlTags(html)) {
    if (tag.name === 'script' && !tag.attrs.has('src')) {
      const type = (tag.attrs.get('type') ?? '').trim().toLowerCase();
      if (EXECUTABLE_TYPES.has(type)) result.scripts.push(tag.text ?? '');
    }
    if (tag.name === 'style') result.styles.push(tag.text ?? '');
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on'))
        result.blocked.push(`event handler attribute ${name} in ${describe(tag)}`);
      if (name === 'style') result.blocked.push(`style attribute in ${describe(tag)}`);
      if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(urlValue(value)))
        result.blocked.push(`javascript: URL in ${describe(tag)}`);
    }
  }
  return result;
}

/** The CSP source that allows exactly this inline text: `'sha256-…'`. @see https://w3c.github.io/webappsec-csp/#grammardef-hash-source */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

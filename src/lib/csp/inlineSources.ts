import { createHash } from 'node:crypto';

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

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** An attribute's value in a tag's attribute text; `''` for a bare attribute, undefined when absent. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|/|$)`,
    'i',
  ).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * Lists the inline scripts and styles of a page (Astro's output, so well-formed HTML) and the
 * markup a strict policy would block. Script and style text is taken byte for byte, as the
 * browser hashes it.
 */
export function inlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (EXECUTABLE_TYPES.has(type)) scripts.push(body);
  }
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '');
  // Only tags are searched: script and style text (JSON islands, CSS) is not markup.
  const markup = html.replace(SCRIPT, '<script>').replace(STYLE, '<style>');
  const blocked: string[] = [];
  for (const [tag] of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\son[a-z]+\s*=/i.test(tag)) blocked.push(`event handler attribute in ${tag}`);
    if (/\sstyle\s*=/i.test(tag)) blocked.push(`style attribute in ${tag}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) blocked.push(`javascript: URL in ${tag}`);
  }
  return { scripts, styles, blocked };
}

/** The CSP source that allows exactly this inline text: `'sha256-…'`. @see https://w3c.github.io/webappsec-csp/#grammardef-hash-source */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

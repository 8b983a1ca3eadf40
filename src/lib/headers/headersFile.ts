/**
 * The `_headers` file (Netlify and Cloudflare Pages syntax) that the build writes to dist/: read by
 * the preview server (scripts/staticServer.ts) and turned into nginx and Caddy configurations
 * (scripts/serverConfig.ts), so every way of serving the site sends the same headers. Pure.
 * @see https://docs.netlify.com/routing/headers/
 */

/** One `_headers` rule: a path pattern (with `*` and `:splat`) and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses a `_headers` file: unindented lines are paths, indented `Name: value` lines headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0)
      rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a `_headers` path pattern matches a request path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(path);
}

/** Headers for a path: every matching rule applies, later rules overriding same-named headers. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules)
    if (matchesPattern(rule.pattern, path))
      for (const [k, v] of rule.headers) out.set(k.toLowerCase(), v);
  return out;
}

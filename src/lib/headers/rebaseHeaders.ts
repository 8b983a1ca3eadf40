/**
 * `_headers` rules are written for a site at the root (`/embed/*`); a site published under a base
 * path is asked for `/graphics/karabakh/embed/…`, and a host applying the rules by path would find
 * none of them. This moves every rule's path under the base, leaving comments and headers as they are.
 */
export function rebaseHeaders(headers: string, base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  if (prefix === '/') return headers;
  return headers
    .split('\n')
    .map((line) => {
      // Path lines are the unindented, non-comment ones (header lines are indented).
      if (!line.trim() || /^\s/.test(line) || line.startsWith('#')) return line;
      if (!line.startsWith('/'))
        throw new Error(
          `_headers rule "${line}" is not a path from the site's root (start it with /)`,
        );
      return `${prefix}${line.slice(1)}`;
    })
    .join('\n');
}

/** Stand-ins in public/_headers for the hashes, which only the built pages can tell. */
export const SCRIPT_HASHES_PLACEHOLDER = '{inline-script-hashes}';
export const STYLE_HASHES_PLACEHOLDER = '{inline-style-hashes}';

/**
 * Cloudflare Pages rejects a `_headers` value longer than 2,000 characters; Netlify has no such
 * limit, so the stricter one is kept.
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
export const MAX_HEADER_LINE = 2000;

/**
 * Writes the hashes of the site's inline scripts and styles into `_headers` in place of the
 * placeholders. Throws with an editor-readable reason when the file cannot carry them: a missing
 * placeholder (the policy would silently block the inline code) or a line too long for a host.
 */
export function fillCspHashes(
  headers: string,
  hashes: { scripts: readonly string[]; styles: readonly string[] },
): string {
  // Comments may name the placeholders; only header lines get hashes.
  const isHeader = (line: string) => !line.trimStart().startsWith('#');
  const lines = headers.split('\n');
  // Every policy, not just one: a page rule whose policy lacks them would block its inline code.
  const policies = lines.filter(
    (line) => isHeader(line) && /^\s*Content-Security-Policy:/i.test(line),
  );
  for (const placeholder of [SCRIPT_HASHES_PLACEHOLDER, STYLE_HASHES_PLACEHOLDER]) {
    const without = policies.find((line) => !line.includes(placeholder));
    if (policies.length === 0 || without !== undefined)
      throw new Error(
        `public/_headers has no ${placeholder}${without ? ` in the policy "${without.trim().slice(0, 80)}…"` : ''}: every Content-Security-Policy must list it (in script-src and style-src), so the build can put the inline hashes there`,
      );
  }
  const filled = lines
    .map((line) =>
      isHeader(line)
        ? line
            .replaceAll(SCRIPT_HASHES_PLACEHOLDER, hashes.scripts.join(' '))
            .replaceAll(STYLE_HASHES_PLACEHOLDER, hashes.styles.join(' '))
            // No hashes leaves "'self' ;" or a trailing space: tidy the gap.
            .replace(/ +(;|$)/g, '$1')
        : line,
    )
    .join('\n');
  const long = filled.split('\n').find((line) => line.length > MAX_HEADER_LINE);
  if (long)
    throw new Error(
      `a header in _headers is ${long.length} characters long with its hashes (the limit is ${MAX_HEADER_LINE}): inline fewer styles or scripts (build.inlineStylesheets) — ${long.slice(0, 80)}…`,
    );
  return filled;
}

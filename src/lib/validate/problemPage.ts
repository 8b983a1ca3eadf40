/**
 * The page `astro dev` answers with while data/ has problems: the validator's whole list, in the
 * same words as `npm run validate`, in place of a page that would break in confusing ways. It loads
 * Vite's client so that it reloads by itself once the files are fixed.
 */
import { escapeHtml } from '../escapeHtml.ts';
import { formatProblem, type Problem } from './problem.ts';

/** Self-contained HTML listing `problems`; `viteClient` is the dev server's client script path. */
export function problemPage(problems: readonly Problem[], viteClient: string): string {
  const items = problems
    .map((p) => {
      const line = formatProblem(p);
      const where = line.slice(0, line.length - p.message.length - 2);
      return `<li><code>${escapeHtml(where)}</code>: ${escapeHtml(p.message)}</li>`;
    })
    .join('\n');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${count} in data/ — preview paused</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; background: #fff; }
  h1 { font-size: 1.4rem; color: #a01919; }
  li { margin: 0.6rem 0; }
  code { font: 0.9em ui-monospace, monospace; background: #f3f0ea; padding: 0.1em 0.3em; border-radius: 3px; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } h1 { color: #ff8a80; } code { background: #2a2a2a; } }
</style>
</head>
<body>
<main>
<h1 id="data-problems">${count} in data/: the preview is paused</h1>
<p>The validator found what is listed below (the same list <code>npm run validate</code> prints).
Fix the file and save: this page reloads by itself and the site comes back.</p>
<ul>
${items}
</ul>
<p>How to read a line: <code>file:line › record › field</code>, then what is wrong, then in
brackets what was expected. See “Read an error” in data/README.md.</p>
</main>
</body>
</html>
`;
}

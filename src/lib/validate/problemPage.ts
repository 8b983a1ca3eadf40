/**
 * The pages `astro dev` answers with in place of the site while data/ is not ready to show: the
 * validator's whole list while there are problems (in the same words as `npm run validate`,
 * instead of a page that would break in confusing ways), and a short "catching up" page in the
 * moment after a fix. Both load the dev server's scripts (Vite's client and the data freshness
 * check) so that they reload by themselves.
 */
import { escapeHtml } from '../escapeHtml.ts';
import { formatProblem, type Problem } from './problem.ts';

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; background: #fff; }
  h1 { font-size: 1.4rem; color: #a01919; }
  li { margin: 0.6rem 0; }
  code { font: 0.9em ui-monospace, monospace; background: #f3f0ea; padding: 0.1em 0.3em; border-radius: 3px; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } h1 { color: #ff8a80; } code { background: #2a2a2a; } }
`;

/** A whole self-contained page around `main`, loading the module `scripts`. */
function page(title: string, scripts: readonly string[], main: string): string {
  const tags = scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${tags.join('\n')}
<style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/** HTML listing `problems`, loading the module `scripts` (paths on the dev server). */
export function problemPage(problems: readonly Problem[], scripts: readonly string[]): string {
  const items = problems
    .map((p) => {
      const line = formatProblem(p);
      const where = line.slice(0, line.length - p.message.length - 2);
      return `<li><code>${escapeHtml(where)}</code>: ${escapeHtml(p.message)}</li>`;
    })
    .join('\n');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return page(
    `${count} in data/ — preview paused`,
    scripts,
    `<h1 id="data-problems">${count} in data/: the preview is paused</h1>
<p>The validator found what is listed below (the same list <code>npm run validate</code> prints).
Fix the file and save: this page reloads by itself and the site comes back.</p>
<ul>
${items}
</ul>
<p>How to read a line: <code>file:line › record › field</code>, then what is wrong, then in
brackets what was expected. See “Read an error” in data/README.md.</p>`,
  );
}

/** HTML for the moment between a fix and the site showing it, loading the module `scripts`. */
export function catchingUpPage(scripts: readonly string[]): string {
  return page(
    'data/ is fixed — preview catching up',
    scripts,
    `<h1 id="data-catching-up">data/ is fixed: the preview is catching up</h1>
<p>The site is reloading the fixed data; this page shows it in a moment by itself.</p>`,
  );
}

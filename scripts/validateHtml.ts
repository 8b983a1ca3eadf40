/**
 * `npm run validate:html`: checks every built page (dist/**.html, after `npm run build`) against
 * the HTML standard with html-validate's "standard" and "document" rules plus the two document-shape
 * checks it lacks (src/lib/html/documentShape.ts); lists every error with file, line and rule, and
 * fails on any. Two rules are set for this site, not dropped:
 * - require-sri is off: every script is our own, same-origin and content-hashed, and the CSP allows
 *   only 'self'; integrity attributes guard third-party copies, which the site never loads;
 * - heading-level lets embeds start at <h2>: an embed is a section of someone else's article.
 * @see https://html-validate.org/rules/presets.html
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlFiles } from '../src/integrations/htmlFiles.ts';
import { documentShapeProblems } from '../src/lib/html/documentShape.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const config = (embed: boolean): ConfigData => ({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    'require-sri': 'off',
    'heading-level': ['error', { minInitialRank: embed ? 'h2' : 'h1' }],
  },
});
const validators = { page: new HtmlValidate(config(false)), embed: new HtmlValidate(config(true)) };

const files = htmlFiles(dist);
if (files.length === 0) {
  console.error(`no pages in ${dist}: run \`npm run build\` first`);
  process.exit(1);
}
const problems: string[] = [];
for (const file of files) {
  const name = relative(dist, file);
  const html = readFileSync(file, 'utf8');
  const embed = /^embed\/(chart|map)\//.test(name);
  const report = await validators[embed ? 'embed' : 'page'].validateString(html, name);
  for (const result of report.results)
    for (const m of result.messages)
      problems.push(`${name}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
  for (const p of documentShapeProblems(html)) problems.push(`${name}: [document-shape] ${p}`);
}
if (problems.length) {
  console.error(
    `${problems.length} HTML error(s) in ${files.length} pages:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`HTML: ${files.length} pages, no errors`);

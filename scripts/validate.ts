/**
 * `npm run validate`: checks every file in data/ and lists every problem at once,
 * one per line, as `data/<file> › <path>: <what is wrong> (expected …)`. Exits 1 on any problem;
 * warnings (weak sourcing, a step whose main text is too long) are listed but do not fail.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/validate/problem.ts';
import { readDataFiles } from '../src/lib/validate/readDataFiles.ts';
import { validateDataset } from '../src/lib/validate/validateDataset.ts';
import { writeIdsSchema } from '../src/lib/editorSchemas/buildSchemas.ts';

const root = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const { problems, warnings, counts, mainText } = validateDataset(readDataFiles(root));
const ms = Math.round(performance.now() - started);
// Editors' tools offer the ids that exist now (editor-schemas/ids.schema.json, not committed).
writeIdsSchema(root);

// Problems come first: they are what stops the build, and the first line an editor reads should
// be one of them. Warnings (weak sourcing, long step texts) follow and never fail the run: they
// are work still to do.
for (const problem of problems) console.error(formatProblem(problem));
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (warnings.length > 0)
  console.warn(`\n⚠ ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in data/.\n`);

if (problems.length > 0) {
  console.error(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in data/ (${ms} ms). Fix them and run npm run validate again.`,
  );
  process.exit(1);
}
const summary = Object.entries(counts)
  .map(([k, v]) => `${v} ${k}`)
  .join(', ');
console.log(`✓ data/ is valid: ${summary} (${ms} ms)`);
console.log(`  main text: ${mainText.averageWords} words per step on average (aim ≤ 80)`);

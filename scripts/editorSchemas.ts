/**
 * `npm run schemas`: writes the JSON Schemas editors' tools read (editor-schemas/*.schema.json,
 * generated from src/schemas) and the current ids (editor-schemas/ids.schema.json, not committed).
 * `npm run schemas -- --check` (part of `npm run lint`) fails when a committed schema no longer
 * matches the zod schemas, naming the files to regenerate.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildSchemas, SCHEMA_DIR, writeIdsSchema } from '../src/lib/editorSchemas/buildSchemas.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const dir = join(root, SCHEMA_DIR);

/** The text of each committed schema, formatted as Prettier (npm run lint) wants it. */
async function expected(): Promise<Record<string, string>> {
  const options = (await resolveConfig(join(dir, 'x.json'))) ?? {};
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(buildSchemas(join(root, 'src/schemas'))))
    out[name] = await format(JSON.stringify(schema), { ...options, parser: 'json' });
  return out;
}

const files = await expected();
if (check) {
  const stale = Object.entries(files)
    .filter(([name, text]) => {
      const path = join(dir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    })
    .map(([name]) => `${SCHEMA_DIR}/${name}`);
  if (stale.length > 0) {
    console.error(
      `✗ editor schemas out of date with src/schemas: ${stale.join(', ')} (run npm run schemas and commit them)`,
    );
    process.exit(1);
  }
  console.log(`✓ editor schemas match src/schemas (${Object.keys(files).length} files)`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeIdsSchema(root);
  console.log(`✓ wrote ${Object.keys(files).length} schemas and the current ids to ${SCHEMA_DIR}/`);
}

/**
 * JSON Schemas for editors' tools (autocompletion, hover docs, id completion), generated from the
 * zod schemas in src/schemas — never written by hand. Field descriptions are the schemas' own doc
 * comments. References to other records (a place, a source, an actor…) point at
 * `ids.schema.json`, which lists the ids that exist right now: it is rewritten by `npm run
 * validate`, `npm run dev` and `npm run schemas` and not committed, so adding a record never makes
 * the committed schemas stale. Node-only (reads the schema sources for their comments).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { actorSchema } from '../../schemas/actor.ts';
import { chapterSchema } from '../../schemas/chapter.ts';
import { chartIds } from '../../schemas/chartIds.ts';
import { chartTextSchema } from '../../schemas/chartText.ts';
import { controlPointSchema } from '../../schemas/control.ts';
import { eventSchema } from '../../schemas/event.ts';
import { figureSeriesSchema } from '../../schemas/figure.ts';
import { placeSchema } from '../../schemas/place.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { stepSchema } from '../../schemas/step.ts';
import { splitFrontMatter } from '../story/frontMatter.ts';

/** Where the schemas live, relative to the repository root. */
export const SCHEMA_DIR = 'editor-schemas';
export const IDS_SCHEMA = 'ids.schema.json';

type Json = Record<string, unknown>;
/** A kind of id other records point at. */
type IdKind = 'place' | 'source' | 'actor' | 'event' | 'chapter' | 'step' | 'chart' | 'figure';
/** Path below the record to a field holding an id: property names, and "[]" for list items. */
type IdField = [path: string[], kind: IdKind];

interface FileSchema {
  /** File name in editor-schemas/. */
  name: string;
  /** The data files it describes (globs, relative to the root), for .vscode/settings.json. */
  files: string[];
  schema: z.ZodType;
  /** A list of records (most files) or one object (site.json, a step's front matter). */
  list: boolean;
  ids: IdField[];
}

const FILES: FileSchema[] = [
  {
    name: 'places.schema.json',
    files: ['data/places.json'],
    schema: placeSchema,
    list: true,
    ids: [],
  },
  {
    name: 'sources.schema.json',
    files: ['data/sources.json'],
    schema: sourceSchema,
    list: true,
    ids: [],
  },
  {
    name: 'actors.schema.json',
    files: ['data/actors.json'],
    schema: actorSchema,
    list: true,
    ids: [],
  },
  {
    name: 'events.schema.json',
    files: ['data/events/*.json'],
    schema: eventSchema,
    list: true,
    ids: [
      [['places', '[]'], 'place'],
      [['sources', '[]'], 'source'],
      [['claims', '[]', 'actor'], 'actor'],
      [['claims', '[]', 'sources', '[]'], 'source'],
      [['partOf'], 'event'],
      [['distinctFrom', '[]'], 'event'],
    ],
  },
  {
    name: 'figures.schema.json',
    files: ['data/figures.json'],
    schema: figureSeriesSchema,
    list: true,
    ids: [
      [['values', '[]', 'reporter'], 'actor'],
      [['values', '[]', 'sources', '[]'], 'source'],
    ],
  },
  {
    name: 'control.schema.json',
    files: ['data/control.json'],
    schema: controlPointSchema,
    list: true,
    ids: [
      [['place'], 'place'],
      [['sources', '[]'], 'source'],
    ],
  },
  {
    name: 'chapters.schema.json',
    files: ['data/story/chapters.json'],
    schema: chapterSchema,
    list: true,
    ids: [[['steps', '[]'], 'step']],
  },
  {
    name: 'charts.schema.json',
    files: ['data/story/charts.json'],
    schema: chartTextSchema,
    list: true,
    // One branch per chart, chosen by its `id` (a constant in each); the selection's ids are
    // linked by linkSelectionIds.
    ids: [],
  },
  { name: 'site.schema.json', files: ['data/site.json'], schema: siteSchema, list: false, ids: [] },
  {
    name: 'step.schema.json',
    files: ['data/story/steps/*.md'],
    schema: stepSchema,
    list: false,
    ids: [
      [['chapter'], 'chapter'],
      [['places', '[]'], 'place'],
      [['highlight', '[]'], 'place'],
      [['events', '[]'], 'event'],
      [['chart', 'id'], 'chart'],
    ],
  },
];

/** The data files each schema describes, for editor settings. */
export const schemaFiles = FILES.map(({ name, files }) => ({ name, files }));

/** Every `/** … *\/` comment on a property of a z.object/z.strictObject literal in src/schemas. */
function docComments(schemaDir: string): Map<string, string>[] {
  const objects: Map<string, string>[] = [];
  for (const name of readdirSync(schemaDir).filter(
    (n) => n.endsWith('.ts') && !n.includes('.test.'),
  )) {
    const text = readFileSync(join(schemaDir, name), 'utf8');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const docs = new Map<string, string>();
        for (const prop of node.properties) {
          if (!ts.isPropertyAssignment(prop) || !prop.name) continue;
          const comment = ts
            .getLeadingCommentRanges(text, prop.getFullStart())
            ?.map((r) => text.slice(r.pos, r.end))
            .find((c) => c.startsWith('/**'));
          if (comment)
            docs.set(
              prop.name.getText(source),
              comment
                .replace(/^\/\*\*|\*\/$/g, '')
                .split('\n')
                .map((l) => l.replace(/^\s*\* ?/, '').trim())
                .join(' ')
                .trim(),
            );
        }
        if (docs.size > 0) objects.push(docs);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return objects;
}

/** Adds each documented property's comment as its description, matching objects by their keys. */
function describe(node: unknown, docs: readonly Map<string, string>[]): void {
  if (Array.isArray(node)) return node.forEach((n) => describe(n, docs));
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const props = schema.properties as Record<string, Json> | undefined;
  if (props) {
    const keys = Object.keys(props);
    // The doc comments of the zod object with these exact fields (the best overlap, in practice all).
    const best = [...docs].sort(
      (a, b) => keys.filter((k) => b.has(k)).length - keys.filter((k) => a.has(k)).length,
    )[0];
    for (const key of keys) {
      const text = best?.get(key);
      if (text && !props[key]!.description) props[key]!.description = text;
    }
  }
  for (const value of Object.values(schema)) describe(value, docs);
}

/** The schema node at `path` (descending into the non-null branch of anyOf). */
function nodeAt(root: Json, path: readonly string[]): Json | undefined {
  let node: Json | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    if (Array.isArray(node.anyOf))
      node = (node.anyOf as Json[]).find((b) => b.type !== 'null') ?? node;
    node = (step === '[]' ? node.items : (node.properties as Record<string, Json>)?.[step]) as
      Json | undefined;
  }
  return node;
}

/** Points the id fields of a record schema at the current ids in ids.schema.json. */
function linkIds(record: Json, ids: readonly IdField[]): void {
  for (const [path, kind] of ids) {
    const parentPath = path.slice(0, -1);
    const last = path.at(-1)!;
    const parent = nodeAt(record, parentPath);
    const container =
      parent && Array.isArray(parent.anyOf)
        ? (parent.anyOf as Json[]).find((b) => b.type !== 'null')
        : parent;
    if (!container) throw new Error(`editor schema: no field at ${path.join('.')}`);
    const description = nodeAt(record, path)?.description;
    const ref = { $ref: `${IDS_SCHEMA}#/$defs/${kind}`, ...(description ? { description } : {}) };
    if (last === '[]') container.items = ref;
    else (container.properties as Record<string, Json>)[last] = ref;
  }
}

/** Points every field a chart selection marks as an id at the current ids in ids.schema.json. */
function linkSelectionIds(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(linkSelectionIds);
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  // The `idOf` metadata of src/schemas/chartSelection.ts's figureRef and eventRef.
  if (typeof schema.idOf === 'string') {
    const kind = schema.idOf;
    for (const key of Object.keys(schema)) if (key !== 'description') delete schema[key];
    schema.$ref = `${IDS_SCHEMA}#/$defs/${kind}`;
    return;
  }
  Object.values(schema).forEach(linkSelectionIds);
}

/** The committed schemas, by file name, built from the zod schemas in `schemaDir`. */
export function buildSchemas(schemaDir: string): Record<string, Json> {
  const docs = docComments(schemaDir);
  const out: Record<string, Json> = {};
  for (const file of FILES) {
    const record = z.toJSONSchema(file.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    delete record.$schema;
    describe(record, docs);
    linkIds(record, file.ids);
    linkSelectionIds(record);
    out[file.name] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: `${file.files.join(', ')}: generated from src/schemas by npm run schemas; do not edit`,
      ...(file.list ? { type: 'array', items: record } : record),
    };
  }
  return out;
}

/** Ids of the records of a parsed list file. */
const listIds = (json: unknown): string[] =>
  (Array.isArray(json) ? json : [])
    .map((r: unknown) => (r as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');

/** What ids.schema.json offers: every id that exists in data/ under `root`, sorted. */
export function currentIds(root: string): Record<IdKind, string[]> {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch {
      return [];
    }
  };
  const dir = (folder: string, ending: string) => {
    try {
      return readdirSync(join(root, folder)).filter((n) => n.endsWith(ending));
    } catch {
      return [];
    }
  };
  const steps = dir('data/story/steps', '.md').flatMap((name) => {
    const { data } = splitFrontMatter(readFileSync(join(root, 'data/story/steps', name), 'utf8'));
    const id = (data as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return {
    place: sorted(listIds(read('data/places.json'))),
    source: sorted(listIds(read('data/sources.json'))),
    actor: sorted(listIds(read('data/actors.json'))),
    event: sorted(dir('data/events', '.json').flatMap((n) => listIds(read(`data/events/${n}`)))),
    chapter: sorted(listIds(read('data/story/chapters.json'))),
    step: sorted(steps),
    chart: [...chartIds],
    figure: sorted(listIds(read('data/figures.json'))),
  };
}

/** ids.schema.json: one enum per kind of id. */
export function idsSchema(ids: Record<IdKind, string[]>): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title:
      'Ids that exist in data/ now; rewritten by npm run validate, npm run dev, npm run schemas',
    $defs: Object.fromEntries(
      Object.entries(ids).map(([kind, list]) => [
        kind,
        { type: 'string', enum: list, description: `an existing ${kind} id` },
      ]),
    ),
  };
}

/**
 * Rewrites editor-schemas/ids.schema.json (not committed) from data/ under `root`, only when the
 * ids changed: `npm run dev` calls this on every save, and an untouched file wakes no watcher.
 */
export function writeIdsSchema(root: string): void {
  const file = join(root, SCHEMA_DIR, IDS_SCHEMA);
  const text = `${JSON.stringify(idsSchema(currentIds(root)), null, 2)}\n`;
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(join(root, SCHEMA_DIR), { recursive: true });
  writeFileSync(file, text);
}

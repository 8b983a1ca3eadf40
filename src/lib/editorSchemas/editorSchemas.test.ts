/**
 * The editor schemas, checked with a JSON Schema validator (Ajv) the way an editor's tools use
 * them: today's data files pass, and a record with an unknown field or an id that does not exist
 * fails — with the committed files, not a fresh build, so what editors get is what is tested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { currentIds, IDS_SCHEMA, idsSchema, SCHEMA_DIR, schemaFiles } from './buildSchemas.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const committed = (name: string) =>
  JSON.parse(readFileSync(join(root, SCHEMA_DIR, name), 'utf8')) as object;

function validator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(idsSchema(currentIds(root)), IDS_SCHEMA);
  return ajv.compile(committed(name));
}
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('editor schemas', () => {
  it('accept every data file as it is today', () => {
    for (const { name, files } of schemaFiles) {
      const validate = validator(name);
      for (const pattern of files) {
        const [dir, glob] = [
          pattern.slice(0, pattern.lastIndexOf('/')),
          pattern.split('/').at(-1)!,
        ];
        const names = glob.includes('*')
          ? readdirSync(join(root, dir)).filter((n) => n.endsWith(glob.replace('*', '')))
          : [glob];
        for (const file of names.map((n) => `${dir}/${n}`)) {
          const data = file.endsWith('.md')
            ? parse(readFileSync(join(root, file), 'utf8').split(/^---$/m)[1]!)
            : json(file);
          expect(validate(data) ? [] : validate.errors, file).toEqual([]);
        }
      }
    }
  });

  it('reject an event with an unknown field', () => {
    const validate = validator('events.schema.json');
    const [event] = json('data/events/2021-2022-incidents.json') as Record<string, unknown>[];
    expect(validate([{ ...event, sumary: 'a typo for summary' }])).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'sumary' },
    });
  });

  it('reject an event pointing at a place or source that does not exist', () => {
    const validate = validator('events.schema.json');
    const [event] = json('data/events/2021-2022-incidents.json') as Record<string, unknown>[];
    expect(validate([{ ...event, places: ['atlantis'] }])).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'enum', instancePath: '/0/places/0' });
    expect(validate([{ ...event, sources: ['S999'] }])).toBe(false);
  });

  it('reject a step whose front matter names an unknown event, and describe its fields', () => {
    const validate = validator('step.schema.json');
    const step = {
      id: 'x',
      camera: {
        bounds: [
          [46, 39],
          [47, 40],
        ],
      },
      layers: ['countries'],
    };
    expect(validate(step)).toBe(true);
    expect(validate({ ...step, events: ['no-such-event'] })).toBe(false);
    const schema = committed('step.schema.json') as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.highlight?.description).toMatch(/emphasised/);
  });
});

describe('.vscode/settings.json', () => {
  it('maps every data file to its schema, step front matter through the YAML server', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as {
      'json.schemas': { fileMatch: string[]; url: string }[];
      'yaml.schemas': Record<string, string[]>;
    };
    const mapped = [
      ...settings['json.schemas'].map((s) => [s.url, s.fileMatch.map((f) => f.slice(1))]),
      ...Object.entries(settings['yaml.schemas']),
    ];
    expect(Object.fromEntries(mapped)).toEqual(
      Object.fromEntries(schemaFiles.map((f) => [`./${SCHEMA_DIR}/${f.name}`, f.files])),
    );
  });
});

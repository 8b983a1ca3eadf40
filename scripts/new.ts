/**
 * `npm run new -- event|source|place|step|control-point [options]`: adds a skeleton record with
 * the next free id to the right file and prints what to fill in. Every field to fill holds
 * FILL-IN, which `npm run validate` reports until it is replaced.
 *
 *   npm run new -- source
 *   npm run new -- place <id>
 *   npm run new -- event <YYYY-MM-DD> [slug] [--file <period file>]  (else the narrowest period file for its year)
 *   npm run new -- step <chapter-id> <step-id> [--after <step-id>]
 *   npm run new -- control-point <id>
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  controlPointSkeleton,
  eventSkeleton,
  FILL_IN,
  nextFreeId,
  nextSourceId,
  placeSkeleton,
  sourceSkeleton,
  stepSkeleton,
} from '../src/lib/scaffold/skeletons.ts';
import { writeIdsSchema } from '../src/lib/editorSchemas/buildSchemas.ts';

const root = process.env.NEW_ROOT
  ? resolve(process.env.NEW_ROOT)
  : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [kind, ...args] = process.argv.slice(2);
const data = (file: string) => join(root, 'data', file);
type Rec = Record<string, unknown> & { id: string };

function fail(message: string): never {
  console.error(`✗ npm run new: ${message}`);
  process.exit(1);
}

async function appendTo(file: string, record: Rec): Promise<void> {
  const list = JSON.parse(readFileSync(data(file), 'utf8')) as Rec[];
  list.push(record);
  const options = (await resolveConfig(data(file))) ?? {};
  writeFileSync(data(file), await format(JSON.stringify(list), { ...options, parser: 'json' }));
}
const ids = (file: string) =>
  (JSON.parse(readFileSync(data(file), 'utf8')) as Rec[]).map((r) => r.id);
const kebab = (s: string | undefined, what: string) => {
  if (!s || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)) fail(`${what} must be a kebab-case id`);
  return s;
};

function done(file: string, id: string, fill: string[]): void {
  writeIdsSchema(root);
  console.log(
    `✓ added ${id} to data/${file}\nFill in (every ${FILL_IN} is reported by npm run validate until replaced):`,
  );
  for (const line of fill) console.log(`  - ${line}`);
}

switch (kind) {
  case 'source': {
    const id = nextSourceId(ids('sources.json'));
    await appendTo('sources.json', sourceSkeleton(id));
    done('sources.json', id, [
      'kind: one of the kinds listed in data/README.md (sources.json)',
      'publisher, title, url (the page actually read), date (YYYY-MM-DD, YYYY-MM, YYYY, or null)',
      'retrievedVia / language when they apply',
    ]);
    break;
  }
  case 'place': {
    const id = nextFreeId(kebab(args[0], 'the place id'), ids('places.json'));
    await appendTo('places.json', placeSkeleton(id));
    done('places.json', id, [
      'names.en, names.hy, names.az (null for a form no source gives), names.other',
      'lat, lon and coordSource (or leave both null and say why in note)',
      'kind, country (AM or AZ), note',
      'then run npm run geo: the map is drawn from the gazetteer',
    ]);
    break;
  }
  case 'event': {
    const date = args[0] ?? '';
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date))
      fail('give the event date: npm run new -- event 2022-04-15 [slug]');
    const year = date.slice(0, 4);
    // Periods overlap (2020-2024-peacekeepers, 2021-2022-incidents): the narrowest one wins
    // unless --file names another.
    const fileAt = args.indexOf('--file');
    const span = (n: string) => {
      const m = /^(\d{4})(?:-(\d{4}))?-/.exec(n);
      return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
    };
    const width = (n: string) => span(n)![1]! - span(n)![0]!;
    const file =
      fileAt >= 0
        ? args[fileAt + 1]
        : readdirSync(data('events'))
            .filter((n) => n.endsWith('.json'))
            .filter((n) => {
              const s = span(n);
              return s !== null && Number(year) >= s[0]! && Number(year) <= s[1]!;
            })
            .sort((a, b) => width(a) - width(b) || (a < b ? -1 : 1))[0];
    if (!file)
      fail(
        `no file in data/events/ is named for ${year}; create one (e.g. ${year}-name.json) first`,
      );
    const all = readdirSync(data('events'))
      .filter((n) => n.endsWith('.json'))
      .flatMap((n) => ids(`events/${n}`));
    const id = nextFreeId(
      `${date}-${kebab(args[1] && !args[1].startsWith('--') ? args[1] : 'new-event', 'the slug')}`,
      all,
    );
    await appendTo(`events/${file}`, eventSkeleton(id, date));
    done(`events/${file}`, id, [
      'title, summary (our words; attribute claims), category (see data/README.md)',
      'places (place ids), sources (source ids: add the source first with npm run new -- source)',
      'claims: { actor, stance, text, date, sources } for what a party asserts or denies',
    ]);
    break;
  }
  case 'control-point': {
    if (!existsSync(data('control.json'))) fail('data/control.json does not exist yet');
    const id = nextFreeId(kebab(args[0], 'the control point id'), ids('control.json'));
    await appendTo('control.json', controlPointSkeleton(id));
    done('control.json', id, [
      'place (a place id with coordinates), side, from (and to, or null)',
      'sources and note (what they say, in our words); then run npm run geo',
    ]);
    break;
  }
  case 'step': {
    const chapterId = kebab(args[0], 'the chapter id');
    const stepId = kebab(args[1], 'the step id');
    const afterAt = args.indexOf('--after');
    const after = afterAt >= 0 ? args[afterAt + 1] : undefined;
    const chapters = JSON.parse(readFileSync(data('story/chapters.json'), 'utf8')) as (Rec & {
      steps: string[];
    })[];
    const position = chapters.findIndex((c) => c.id === chapterId);
    if (position < 0)
      fail(
        `unknown chapter "${chapterId}" (expected one of: ${chapters.map((c) => c.id).join(', ')})`,
      );
    if (chapters.some((c) => c.steps.includes(stepId)))
      fail(`step "${stepId}" is already listed in chapters.json`);
    const chapter = chapters[position]!;
    const index = after ? chapter.steps.indexOf(after) + 1 : chapter.steps.length;
    if (after && index === 0) fail(`chapter "${chapterId}" has no step "${after}"`);
    chapter.steps.splice(index, 0, stepId);
    const name = `${String(position + 1).padStart(2, '0')}-${String(index + 1).padStart(2, '0')}-${stepId}.md`;
    if (existsSync(data(`story/steps/${name}`))) fail(`data/story/steps/${name} exists already`);
    writeFileSync(data(`story/steps/${name}`), stepSkeleton(stepId));
    const options = (await resolveConfig(data('story/chapters.json'))) ?? {};
    writeFileSync(
      data('story/chapters.json'),
      await format(JSON.stringify(chapters), { ...options, parser: 'json' }),
    );
    done(`story/steps/${name}`, stepId, [
      `listed in chapters.json › ${chapterId} › steps[${index}] (move the id there to reorder)`,
      'heading, camera (bounds as [[west, south], [east, north]]), layers, places, highlight, events',
      'the text below the second --- line',
    ]);
    break;
  }
  default:
    fail(
      'say what to add: npm run new -- event|source|place|step|control-point (see data/README.md, "Add a record")',
    );
}

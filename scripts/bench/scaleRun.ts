/**
 * Times build and validation on a copy of the project whose events and places are multiplied,
 * to see how both grow with the data. Works in a temp dir: the repository's data/ is never written.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { GEOMETRY_INPUTS_FILE, geometryInputsFile } from '../../src/lib/validate/geometryInputs.ts';
import { join } from 'node:path';
import type { Event } from '../../src/schemas/event.ts';
import type { Place } from '../../src/schemas/place.ts';
import { copyProject } from '../copyProject.ts';
import { multiplyEvents, multiplyPlaces } from './syntheticData.ts';
import { timeCommand, validateSelfTime } from './timeCommand.ts';

/** Build and validation times on the multiplied copy, and how many records it held. */
export interface ScaleRun {
  buildMs: number;
  validateSelfMs: number | null;
  events: number;
  places: number;
}

/** Copies the project, multiplies data/events/*.json and data/places.json by `factor`, times both. */
export async function scaleRun(root: string, factor: number): Promise<ScaleRun> {
  const dir = copyProject(root, 'karabakh-scale-');
  try {
    const readJson = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
    const places = multiplyPlaces(readJson<Place[]>('data/places.json'), factor);
    writeFileSync(join(dir, 'data/places.json'), JSON.stringify(places, null, 2));
    // The run times validate and build with more data, not the geometry build: the copies share
    // the originals' coordinates, so the map is recorded as drawn from these places.
    writeFileSync(
      join(dir, GEOMETRY_INPUTS_FILE),
      geometryInputsFile(places, readJson<unknown>('data/control.json')),
    );
    let events = 0;
    for (const file of readdirSync(join(dir, 'data/events')).filter((f) => f.endsWith('.json'))) {
      const many = multiplyEvents(readJson<Event[]>(`data/events/${file}`), factor);
      writeFileSync(join(dir, 'data/events', file), JSON.stringify(many, null, 2));
      events += many.length;
    }
    const node = process.execPath;
    const validate = await timeCommand(node, ['scripts/validate.ts'], dir);
    const build = await timeCommand(node, ['node_modules/astro/bin/astro.mjs', 'build'], dir);
    return {
      buildMs: build.ms,
      validateSelfMs: validateSelfTime(validate.output),
      events,
      places: places.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

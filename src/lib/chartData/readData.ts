import { readdirSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { actorsFileSchema, type Actor } from '../../schemas/actor.ts';
import { eventsFileSchema, type Event } from '../../schemas/event.ts';
import { figuresFileSchema, type FigureSeries } from '../../schemas/figure.ts';
import { placesFileSchema, type Place } from '../../schemas/place.ts';
import { sourcesFileSchema, type Source } from '../../schemas/source.ts';

/** The data files the charts read, parsed (defaults applied) as Astro's collections would give them. */
export interface ChartSourceData {
  events: Event[];
  figures: FigureSeries[];
  actors: Actor[];
  places: Place[];
  sources: Source[];
}

const DATA = new URL('../../../data/', import.meta.url);
const read = <S extends z.ZodType>(schema: S, file: string | URL): z.infer<S> =>
  schema.parse(JSON.parse(readFileSync(new URL(file, DATA), 'utf8')));

/**
 * Reads data/ directly, for tests and tools that run outside Astro (pages use getCollection).
 * The build has validated the files, so a parse failure here means a broken checkout.
 */
export function readChartSourceData(): ChartSourceData {
  const eventsDir = new URL('events/', DATA);
  return {
    events: readdirSync(eventsDir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .flatMap((n) => read(eventsFileSchema, new URL(n, eventsDir))),
    figures: read(figuresFileSchema, 'figures.json'),
    actors: read(actorsFileSchema, 'actors.json'),
    places: read(placesFileSchema, 'places.json'),
    sources: read(sourcesFileSchema, 'sources.json'),
  };
}

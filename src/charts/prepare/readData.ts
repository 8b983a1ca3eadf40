import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { z } from 'zod';
import { actorsFileSchema } from '../../schemas/actor.ts';
import { eventsFileSchema } from '../../schemas/event.ts';
import { figuresFileSchema } from '../../schemas/figure.ts';
import { placesFileSchema } from '../../schemas/place.ts';
import { sourcesFileSchema } from '../../schemas/source.ts';
import type { ChartSources } from './preparedChart.ts';

const DATA = new URL('../../../data/', import.meta.url);
const read = <S extends z.ZodType>(schema: S, file: string | URL): z.infer<S> =>
  schema.parse(JSON.parse(readFileSync(new URL(file, DATA), 'utf8')));

/**
 * Reads data/ directly, for tests and tools that run outside Astro (pages use getCollection).
 * The build has validated the files, so a parse failure here means a broken checkout.
 */
export function readChartSources(): ChartSources {
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
    geometry: (name) =>
      JSON.parse(
        readFileSync(new URL(`geometry/${name}.geojson`, DATA), 'utf8'),
      ) as FeatureCollection,
  };
}

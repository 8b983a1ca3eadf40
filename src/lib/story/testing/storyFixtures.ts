/**
 * Test data for the story's pure modules: small gazetteer places, sources, steps and chapters
 * shaped as the schemas make them. Never imported by site code.
 */
import type { Place } from '../../../schemas/place.ts';
import type { Source } from '../../../schemas/source.ts';
import { stepSchema } from '../../../schemas/step.ts';

/** A gazetteer place (a village in Azerbaijan unless told otherwise). */
export const testPlace = (
  id: string,
  en: string,
  az: string,
  extra: Partial<Place> = {},
): Place => ({
  id,
  names: { en, hy: en, az, other: [] },
  lat: 39.8,
  lon: 46.7,
  kind: 'village',
  country: 'AZ',
  coordSource: { title: 't', url: null },
  crossCheck: [],
  maxDiscrepancyKm: null,
  coordinatesDisagree: false,
  note: null,
  ...extra,
});

/** A newspaper source published by "Publisher <id>". */
export const testSource = (id: string, publisher = `Publisher ${id}`): Source => ({
  id,
  kind: 'newspaper',
  publisher,
  title: 'A title',
  titleDescriptive: false,
  date: '2022-04-12',
  url: `https://example.org/${id}`,
});

/** A story step in `chapter` with the given Markdown text, parsed (defaults filled) like data. */
export const testStep = (id: string, chapter: string, body: string, extra: object = {}) => ({
  chapter,
  ...stepSchema.parse({
    id,
    chapter,
    camera: {
      bounds: [
        [46, 39],
        [47, 40],
      ],
    },
    layers: ['countries', 'loc-2020'],
    places: ['parukh'],
    ...extra,
  }),
  body,
});

/** A chapter with its number, as src/data/dataset.ts gives it. */
export const testChapter = (id: string, number: number, steps: string[]) => ({
  id,
  number,
  title: `Chapter called ${id}`,
  summary: 'What the chapter is about, in a sentence.',
  period: '2020–2022',
  steps,
});

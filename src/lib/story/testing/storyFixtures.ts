/**
 * Test data for the story's pure modules: small gazetteer places, sources, steps and chapters
 * shaped as the schemas make them. Never imported by site code.
 */
import type { Place } from '../../../schemas/place.ts';
import type { Source } from '../../../schemas/source.ts';
import { stepSchema } from '../../../schemas/step.ts';
import { NoteNumbers, type RefContext } from '../expandRefs.ts';

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

/**
 * What story text can point at: Stepanakert, an event spanning 24–27 March 2022, the Russian MoD
 * and a figure series with an exact value (1,960 on 2020-11-10) and a later range (202–207).
 */
export function testRefContext(): RefContext {
  return {
    places: new Map([
      [
        'stepanakert',
        testPlace('stepanakert', 'Stepanakert', 'Xankəndi', {
          names: {
            en: 'Stepanakert',
            hy: 'Stepanakert',
            az: 'Xankəndi',
            azLatin: 'Khankendi',
            other: [],
          },
          lat: 39.8,
          lon: 46.75,
          kind: 'city',
        }),
      ],
    ]),
    events: new Map([
      [
        'e1',
        {
          id: 'e1',
          date: '2022-03-24',
          endDate: '2022-03-27',
          title: 'Parukh',
          summary: 'Something happened.',
          category: 'crossing',
          places: [],
          claims: [],
          sources: ['S14'],
        },
      ],
    ]),
    actors: new Map([
      [
        'ru-mod',
        {
          id: 'ru-mod',
          name: 'Russian Ministry of Defence',
          shortName: 'Russian MoD',
          side: 'russia',
        },
      ],
    ]),
    figures: new Map([
      [
        'troops',
        {
          id: 'troops',
          label: 'Troops',
          unit: 'servicemen',
          group: 'contingent',
          description: 'Troops in the statement.',
          values: [
            {
              date: '2020-11-10',
              value: 1960,
              qualifier: 'exact',
              reporter: 'ru-mod',
              sources: ['S88'],
            },
            {
              date: '2022-09',
              value: 202,
              upper: 207,
              qualifier: 'exact',
              reporter: 'ru-mod',
              sources: ['S88'],
            },
          ],
        },
      ],
    ]),
    notes: new NoteNumbers(),
  };
}

/** The lookups a story's text and maps read, made from lists (no events, actors or figures). */
export const testLookups = (places: Place[], sources: Source[]) => ({
  places: new Map(places.map((p) => [p.id, p])),
  events: new Map(),
  actors: new Map(),
  figures: new Map(),
  sources: new Map(sources.map((s) => [s.id, s])),
});

/**
 * Test helper (never shipped): small, made-up records in the shapes the schemas produce, for the
 * chart-data tests. The numbers are arbitrary test values, not facts.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { Claim, Event } from '../../schemas/event.ts';
import type { FigureSeries, FigureValue } from '../../schemas/figure.ts';
import type { Place } from '../../schemas/place.ts';
import type { Source } from '../../schemas/source.ts';

export const actors: Actor[] = [
  {
    id: 'az-president',
    name: 'President of Azerbaijan',
    shortName: 'President Aliyev',
    side: 'azerbaijan',
  },
  {
    id: 'am-mod',
    name: 'Ministry of Defence of Armenia',
    shortName: 'Armenian MoD',
    side: 'armenia',
  },
  { id: 'nk-mod', name: 'Defence Army', shortName: 'Artsakh MoD', side: 'nagorno-karabakh' },
  { id: 'ru-mod', name: 'Ministry of Defence of Russia', shortName: 'Russian MoD', side: 'russia' },
  { id: 'bbc', name: 'BBC News', shortName: 'BBC', side: 'media' },
];

export const sources: Source[] = ['S01', 'S02', 'S03', 'S04'].map((id, i) => ({
  id,
  kind: 'news-agency',
  publisher: ['Reuters', 'TASS', 'Armenpress', 'Reuters'][i]!,
  title: `Title of ${id}`,
  titleDescriptive: false,
  date: '2022-04-15',
  url: `https://example.org/${id}`,
}));

export function place(id: string, en: string, lon: number | null, lat: number | null): Place {
  return {
    id,
    names: { en, hy: null, az: null, other: [] },
    lat,
    lon,
    kind: 'village',
    country: 'AZ',
    coordSource: { title: 'Test', url: null },
    crossCheck: [],
    maxDiscrepancyKm: null,
    coordinatesDisagree: false,
    note: null,
  };
}

export const places: Place[] = [
  place('parukh', 'Parukh', 46.8, 40.0),
  place('talish', 'Talish', 46.74, 40.38),
  place('shusha', 'Shusha', 46.75, 39.76),
  place('karaglukh', 'Karaglukh heights', null, null),
];

export function claim(
  actor: string,
  stance: Claim['stance'],
  date: string,
  sources = ['S01'],
): Claim {
  return { actor, stance, text: `A claim by ${actor} for the test`, date, sources };
}

export function event(
  id: string,
  date: string,
  category: Event['category'],
  extra: Partial<Event> = {},
): Event {
  return {
    id,
    date,
    title: `Title ${id}`,
    summary: `Summary of ${id}`,
    category,
    places: [],
    claims: [],
    sources: ['S01'],
    ...extra,
  };
}

export function series(
  id: string,
  values: Partial<FigureValue>[],
  extra: Partial<FigureSeries> = {},
): FigureSeries {
  return {
    id,
    label: `Label of ${id}, as reported by someone`,
    unit: 'things',
    group: 'casualties-2020',
    description: `Description of ${id}`,
    values: values.map((v) => ({
      date: '2021-01-01',
      value: 1,
      qualifier: 'exact',
      reporter: 'ru-mod',
      sources: ['S02'],
      ...v,
    })),
    ...extra,
  };
}

/**
 * A small, valid dataset for validator tests. Tests copy it and break one thing at a time, so each
 * rule is proven with a good input and a bad one.
 */
import { chartIds, type ChartId } from '../../schemas/chartIds.ts';
import type { ChartSelection } from '../../schemas/chartSelection.ts';
import type { RawDataset } from './rawDataset.ts';

const FIGURE = 'observation-posts';
const EVENT = '2022-03-27-furukh-withdrawal-claim';

/** A valid selection for every chart, naming only this dataset's one figure series and event. */
const selections: { [I in ChartId]: ChartSelection<I> } = {
  'war-timeline': { warId: EVENT, agreementIds: [EVENT] },
  'counting-the-dead': { tolls: [{ id: FIGURE, role: 'official' }], civilians: [FIGURE] },
  contingent: {
    allowed: [FIGURE],
    posts: FIGURE,
    temporaryPosts: FIGURE,
    postsClosed: FIGURE,
    temporaryPostsClosed: FIGURE,
  },
  incidents: { from: '2022-01', to: '2022-12', categories: ['statement'] },
  exodus: { displaced: FIGURE },
  'offensive-2023': { series: [FIGURE] },
};

export function goodDataset(): RawDataset {
  return structuredClone({
    places: {
      file: 'data/places.json',
      json: [
        {
          id: 'parukh',
          names: {
            en: 'Parukh',
            hy: 'Parukh',
            az: 'Fərrux',
            azLatin: 'Farrukh',
            other: ['Furukh'],
          },
          lat: 40.01639,
          lon: 46.80111,
          kind: 'village',
          country: 'AZ',
          coordSource: { title: 'Farukh (Wikipedia mirror)', url: 'https://example.org/farukh' },
          crossCheck: [],
          maxDiscrepancyKm: 0.34,
          coordinatesDisagree: false,
          note: null,
        },
        {
          id: 'karaglukh',
          names: { en: 'Karaglukh heights', hy: 'Karaglukh', az: null, other: [] },
          lat: null,
          lon: null,
          kind: 'height',
          country: 'AZ',
          coordSource: { title: 'not found', url: null },
          crossCheck: [],
          maxDiscrepancyKm: null,
          coordinatesDisagree: false,
          note: 'No coordinate found in the sources read.',
        },
      ],
    },
    sources: {
      file: 'data/sources.json',
      json: [
        {
          id: 'S26',
          kind: 'news-agency',
          publisher: 'RIA Novosti',
          title: 'Azerbaijan withdrew units from Furukh',
          titleDescriptive: false,
          date: '2022-03-27',
          url: 'https://example.org/furukh',
          retrievedVia: 'The Frontier Post',
        },
      ],
    },
    actors: {
      file: 'data/actors.json',
      json: [
        {
          id: 'ru-mod',
          name: 'Ministry of Defence of the Russian Federation',
          shortName: 'Russian MoD',
          side: 'russia',
        },
        {
          id: 'az-mod',
          name: 'Ministry of Defence of Azerbaijan',
          shortName: 'Azerbaijani MoD',
          side: 'azerbaijan',
        },
      ],
    },
    figures: {
      file: 'data/figures.json',
      json: [
        {
          id: 'observation-posts',
          label: 'Russian observation posts, as reported by the Russian MoD',
          unit: 'observation posts',
          group: 'observation-posts',
          description: 'Permanent observation posts of the contingent.',
          values: [{ date: '2020-11-18', value: 23, reporter: 'ru-mod', sources: ['S26'] }],
        },
      ],
    },
    chapters: {
      file: 'data/story/chapters.json',
      json: [
        {
          id: 'a-week-on-the-line',
          steps: ['lede'],
          title: 'A week on the line',
          summary: 'Two incidents in one week.',
          period: 'April 2022',
        },
      ],
    },
    charts: {
      file: 'data/story/charts.json',
      json: chartIds.map((id) => ({
        id,
        title: 'A chart title',
        takeaway: 'One sentence the reader takes away.',
        selection: selections[id],
      })),
    },
    site: { file: 'data/site.json', json: { lastUpdated: '2022-04-20' } },
    events: [
      {
        file: 'data/events/2022.json',
        json: [
          {
            id: '2022-03-27-furukh-withdrawal-claim',
            date: '2022-03-27',
            title: 'Russia says Azerbaijani units withdrew',
            summary: "Russia's defence ministry said Azerbaijani units had left the Parukh area.",
            category: 'statement',
            places: ['parukh', 'karaglukh'],
            claims: [
              {
                actor: 'ru-mod',
                stance: 'asserts',
                text: 'Azerbaijani units were withdrawn after talks.',
                date: '2022-03-27',
                sources: ['S26'],
              },
              {
                actor: 'az-mod',
                stance: 'denies',
                text: 'No change in positions around the village.',
                date: '2022-03-27',
                sources: ['S26'],
              },
            ],
            sources: ['S26'],
          },
        ],
      },
    ],
    steps: [
      {
        file: 'data/story/steps/01-01-lede.md',
        text: '---\nid: lede\nchapter: a-week-on-the-line\ncamera:\n  bounds: [[46.5, 39.8], [47.1, 40.3]]\nlayers: [countries, loc-2020]\nplaces: [parukh]\nhighlight: [parukh]\nevents: [2022-03-27-furukh-withdrawal-claim]\n---\nOn {date:2022-03-27-furukh-withdrawal-claim} the {actor:ru-mod} spoke of {place:parukh}.{source:S26}\n',
      },
    ],
    geometry: [
      {
        file: 'data/geometry/test.geojson',
        json: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { id: 'box', name: 'Box', source: 'test', approximate: false },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [46.5, 39.5],
                    [47, 39.5],
                    [47, 40],
                    [46.5, 40],
                    [46.5, 39.5],
                  ],
                ],
              },
            },
          ],
        },
      },
    ],
  } satisfies RawDataset);
}

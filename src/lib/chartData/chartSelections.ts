import type { ContingentConfig } from './contingentData.ts';
import type { CountingTheDeadConfig } from './countingTheDeadData.ts';
import type { ExodusConfig } from './exodusData.ts';
import type { IncidentsConfig } from './incidentsData.ts';
import type { WarTimelineConfig } from './warTimelineData.ts';

/**
 * Which records each chart shows: an editorial choice, made here once and used by every page that
 * draws the charts (story, showcase, embeds). Only ids and date ranges: every number and name comes
 * from data/.
 */
export const chartSelections = {
  warTimeline: {
    warId: '2020-09-27-second-karabakh-war',
    agreementIds: ['2020-11-10-trilateral-statement'],
  } satisfies WarTimelineConfig,
  countingTheDead: {
    tolls: [
      { id: 'war-2020-military-dead-azerbaijan', role: 'official' },
      { id: 'war-2020-bodies-examined-armenia', role: 'official' },
      { id: 'war-2020-dead-armenia', role: 'official' },
      { id: 'war-2020-military-dead-both-sides-media', role: 'independent' },
      { id: 'war-2020-dead-both-sides-afp', role: 'independent' },
    ],
    civilians: [
      'war-2020-civilian-dead-azerbaijan',
      'war-2020-civilian-dead-nagorno-karabakh',
      'war-2020-civilian-dead-both-sides-bbc',
    ],
  } satisfies CountingTheDeadConfig,
  contingent: {
    allowed: [
      'peacekeepers-statement-servicemen',
      'peacekeepers-statement-armoured-personnel-carriers',
      'peacekeepers-statement-vehicles',
    ],
    posts: 'peacekeeper-observation-posts',
    temporaryPosts: 'peacekeeper-temporary-posts',
    postsClosed: 'peacekeeper-observation-posts-closed',
    temporaryPostsClosed: 'peacekeeper-temporary-posts-closed',
  } satisfies ContingentConfig,
  incidents: {
    from: '2021-01',
    to: '2022-12',
    categories: ['crossing', 'strike', 'clash'],
    cluster: { from: '2022-03', to: '2022-04' },
  } satisfies IncidentsConfig,
  exodus: {
    displaced: 'exodus-2023-arrivals-armenia',
    population: 'nagorno-karabakh-population-2023',
  } satisfies ExodusConfig,
} as const;

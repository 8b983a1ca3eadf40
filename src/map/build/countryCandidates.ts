/**
 * Build time: where each named country's label may go, for the static maps and the live map
 * alike, with each point's distance to the areas held by the Armenian side, which maps draw over
 * Azerbaijan: a name keeps out of them where they are drawn (placeCountryLabels).
 */
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../../schemas/layerIds.ts';
import { countryLabelCandidates } from '../../lib/geo/countryLabelCandidates.ts';
import type { CountryLabelCandidates } from '../shared/countryLabels.ts';
import { loadGeometry } from './loadGeometry.ts';

/** The areas a country's name keeps out of when a map draws them. */
export const NAME_FREE_AREAS = ['held-1994-2020', 'held-2020-2023'] as const satisfies LayerId[];

export function countryCandidates(): CountryLabelCandidates[] {
  const geometry = loadGeometry(['countries', ...NAME_FREE_AREAS]);
  const areas: Record<string, FeatureCollection> = {};
  for (const id of NAME_FREE_AREAS) if (geometry[id]) areas[id] = geometry[id];
  return countryLabelCandidates(geometry.countries!, { areas });
}

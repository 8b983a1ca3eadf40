/**
 * Build-time: what the explorer page (/map/) opens on, as a step: the region in view, the main
 * lines and areas, every place with coordinates. Made by mapStepOf like every story step's map,
 * so its live map and its static fallback show the same thing.
 */
import type { LayerId } from '../schemas/layerIds.ts';
import { mapStepOf, type MapGazetteer, type StepMap } from './story/mapStepOf.ts';

/** The layers the explorer shows before the reader changes them. */
export const explorerLayers: readonly LayerId[] = [
  'countries',
  'water',
  'held-2020-2023',
  'nkao-1991',
  'loc-1994',
  'loc-2020',
];

/** The explorer's opening map. */
export function explorerMap(gazetteer: MapGazetteer): StepMap {
  return mapStepOf(
    {
      id: 'explore',
      camera: {
        bounds: [
          [45.55, 38.85],
          [47.45, 40.75],
        ],
        bearing: 0,
        pitch: 0,
      },
      layers: [...explorerLayers],
      places: [...gazetteer.coordinates.keys()],
      highlight: [],
      annotations: [],
    },
    gazetteer,
  );
}

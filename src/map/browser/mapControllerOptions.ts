/**
 * Ships to the browser, in the map chunk loaded on demand.
 * The options, defaults and state of {@link MapController}, apart so the page code can use the
 * types without pulling in the controller.
 */
import type * as maplibregl from 'maplibre-gl';
import type { NameMode } from '../../lib/placeName.ts';
import type { StepData } from '../../schemas/step.ts';
import type { Theme } from '../../styles/tokens.ts';
import type { Camera } from '../shared/camera.ts';
import { cameraDefaults } from './cameraFor.ts';
import type { LayerId } from '../../schemas/layerIds.ts';
import type { MapLabelPlace } from '../shared/storyMapPlaces.ts';
import type { CountryLabelCandidates } from '../shared/countryLabels.ts';
import type { ResolvedAnnotation } from '../shared/annotations.ts';
import { mapCreditLine } from '../shared/mapCredits.ts';

/** What the controller needs of the maplibre-gl module, passed in because it is loaded late. */
export type MapLibreModule = Pick<typeof maplibregl, 'Map' | 'ScaleControl' | 'AttributionControl'>;

/** The part of a story step the map shows, with its annotations resolved to coordinates. */
export type MapStep = Pick<StepData, 'id' | 'camera' | 'layers' | 'places' | 'highlight'> & {
  annotations?: readonly ResolvedAnnotation[];
};

/** Options of MapController. */
export interface MapControllerOptions {
  maplibre: MapLibreModule;
  /** Every place a step may name; steps refer to them by id. */
  places: readonly MapLabelPlace[];
  /** Where country names may go (see countryLabelCandidates); none named without them. */
  countries: readonly CountryLabelCandidates[];
  /** The locator inset (MapLocator.astro) whose view box follows the camera; null: none. */
  locator: SVGSVGElement | null;
  theme: Theme;
  reducedMotion: boolean;
  /** False on scroll pages, so the page scroll is never caught by the map. */
  interactive: boolean;
  nameMode: NameMode;
  /** Site base path, for the GeoJSON URLs. */
  baseUrl: string;
  /** Where the map looks before the first step. */
  camera: Camera;
  padding: number;
  /** Share of a phone map's height covered by the text cards (0 where nothing covers it). */
  phoneCardShare: number;
  /** Length of a flight between steps, ms. */
  duration: number;
  labelFontSize: number;
  /** Credits shown in the attribution control (MapLibre inserts them as HTML: constants only). */
  attribution: string[];
  /** Extra MapLibre options, e.g. bounds and zoom limits for the explorer page. */
  mapOptions: Partial<maplibregl.MapOptions>;
}

export const mapControllerDefaults: Omit<MapControllerOptions, 'maplibre' | 'places'> = {
  countries: [],
  locator: null,
  theme: 'light',
  reducedMotion: false,
  interactive: false,
  nameMode: 'en',
  baseUrl: '/',
  camera: {
    bounds: [
      [45.55, 38.85],
      [47.45, 40.75],
    ],
  },
  padding: cameraDefaults.padding,
  phoneCardShare: cameraDefaults.phoneCardShare,
  duration: cameraDefaults.duration,
  labelFontSize: 13,
  // One string, as MapLibre sorts several by length. Plain text: the story keeps the map out of
  // the accessibility tree and the tab order (its text says it all), so no links in it.
  attribution: [mapCreditLine('live-map')],
  mapOptions: {},
};

/** A read-only snapshot for tests and debugging. */
export interface MapControllerState {
  /** The step last asked for (it may still be flying there: see `moving`). */
  stepId: string | null;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  visibleLayers: LayerId[];
  labelledPlaces: string[];
  /** ISO codes of the countries named in the current view. */
  namedCountries: string[];
  highlighted: string[];
  moving: boolean;
}

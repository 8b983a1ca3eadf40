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
import type { ResolvedAnnotation, ScreenBox } from '../shared/annotations.ts';
import { mapCreditLine } from '../shared/mapCredits.ts';

/** What the controller needs of the maplibre-gl module, passed in because it is loaded late. */
export type MapLibreModule = Pick<typeof maplibregl, 'Map' | 'ScaleControl' | 'AttributionControl'>;

/** The part of a story step the map shows, with its annotations resolved to coordinates. */
export type MapStep = Pick<StepData, 'id' | 'camera' | 'layers' | 'places' | 'highlight'> & {
  annotations?: readonly ResolvedAnnotation[];
};

/**
 * What the page puts over the map for the current step, in the map's pixels: its legend (fixed
 * over the map while the step is read) and the text card where it rests when the step is
 * reached (phones). The camera keeps the step's view clear of both; labels keep clear of the
 * legend (the card moves on as the reader scrolls).
 */
export interface MapCovers {
  legend?: ScreenBox;
  card?: ScreenBox;
  /** The locator inset, where it sits for the step (below the legend when that spans the top). */
  locator?: ScreenBox;
}

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
  /**
   * Measures what covers the map for a step (see {@link MapCovers}); null, or a null result:
   * nothing measured, so a phone keeps {@link MapControllerOptions.phoneCardShare} for its cards.
   */
  coversFor: ((stepId: string) => MapCovers | null) | null;
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
  coversFor: null,
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

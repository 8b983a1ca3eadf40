import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../shared/camera.ts';
import { cameraFor, type CameraForOptions, type CameraMap } from './cameraFor.ts';

/** The part of MapLibre's map that {@link moveCamera} uses. */
export type MovingMap = CameraMap &
  Pick<MapLibreMap, 'flyTo' | 'jumpTo' | 'isMoving' | 'on' | 'off'>;

/**
 * Moves the map to a step's camera: a flight of fixed length, or a jump with reduced motion.
 * Resolves when the map stands still again, whether the flight ended or something (a newer step,
 * the reader's hand, map.stop()) ended it; callers that care which compare their own step ids.
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#flyto
 */
export function moveCamera(
  map: MovingMap,
  camera: Camera,
  options: Partial<CameraForOptions> = {},
): Promise<void> {
  const move = cameraFor(map, camera, options);
  if (move.method === 'jumpTo') {
    map.jumpTo(move.options);
    return Promise.resolve();
  }
  map.flyTo(move.options);
  if (!map.isMoving()) return Promise.resolve();
  return new Promise((resolve) => {
    // A moveend delivered while another movement is current is an interrupted flight's, not ours.
    // (Removing the map mid-flight would leave this waiting, so the controller stops it first.)
    const onEnd = () => {
      if (map.isMoving()) return;
      map.off('moveend', onEnd);
      resolve();
    };
    map.on('moveend', onEnd);
  });
}

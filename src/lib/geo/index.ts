export { areaKm2 } from './areaKm2.ts';
export { corridorBand } from './corridorBand.ts';
export { describeValue } from './describeValue.ts';
export { distanceToLineKm } from './distanceToLineKm.ts';
export { lineLengthKm } from './lineLengthKm.ts';
export { mergeLines } from './mergeLines.ts';
export { nearestPlace, type NearestPlace, type PlacePoint } from './nearestPlace.ts';
export { nodeLines } from './nodeLines.ts';
export { polygonizeLines, type Face, type PolygonizeResult } from './polygonizeLines.ts';
export { roundCoordinates } from './roundCoordinates.ts';
export { sharedVertexShare } from './sharedVertexShare.ts';
export { signedRingArea } from './signedRingArea.ts';
export { simplifyFeatures } from './simplifyFeatures.ts';
export { simplifyTopology } from './simplifyTopology.ts';
export { snapLineEnds, type Snap } from './snapLineEnds.ts';
export {
  DEFAULT_REGION,
  validateGeoJson,
  type GeoJsonProblem,
  type Region,
  type ValidateOptions,
} from './validateGeoJson.ts';
export { validateGeometry } from './validateGeometry.ts';

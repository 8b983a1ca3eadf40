import { describeFound } from './describeValue.ts';
import { validateGeometry, type GeoJsonProblem, type Region } from './validateGeometry.ts';

export type { GeoJsonProblem, Region } from './validateGeometry.ts';

/** Where our maps live: every coordinate of every layer should fall in this box. */
export const DEFAULT_REGION: Region = { west: 38, east: 52, south: 35, north: 45 };

/** What to check besides the GeoJSON rules. */
export interface ValidateOptions {
  /** Box every coordinate must fall inside; defaults to lon 38–52, lat 35–45. */
  region?: Region;
  /** Require the properties our layers carry (`id`, `approximate`, `source`, `method`); default true. */
  layerProperties?: boolean;
}

type Report = (path: string, message: string) => void;

/** A required text property: present, text, not blank. */
function requireText(
  properties: Record<string, unknown>,
  name: string,
  path: string,
  expected: string,
  report: Report,
): void {
  const value = properties[name];
  if (typeof value !== 'string')
    report(`${path}.${name}`, `"${name}" ${describeFound(value)} (expected ${expected})`);
  else if (value.trim() === '')
    report(`${path}.${name}`, `"${name}" is empty (expected ${expected})`);
}

/** The properties every feature of our geometry layers must carry. */
function checkLayerProperties(
  properties: Record<string, unknown>,
  path: string,
  report: Report,
): void {
  requireText(properties, 'id', path, 'a text id such as "loc-2020"', report);
  requireText(
    properties,
    'source',
    path,
    'text naming the dataset and file the shape came from',
    report,
  );
  const approximate = properties.approximate;
  if (typeof approximate !== 'boolean') {
    report(
      `${path}.approximate`,
      `"approximate" ${describeFound(approximate)} (expected true or false)`,
    );
  }
  if (approximate === true) {
    requireText(
      properties,
      'method',
      path,
      'a note on how the approximate shape was derived; every feature marked "approximate": true needs one',
      report,
    );
  }
}

/** Problems with one feature: its own structure, its geometry and its properties. */
function checkFeature(
  value: unknown,
  path: string,
  options: Required<ValidateOptions>,
  report: Report,
  problems: GeoJsonProblem[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(
      path,
      `${describeFound(value, 'a feature object')} (expected an object such as {"type": "Feature", "geometry": …, "properties": …})`,
    );
    return;
  }
  const feature = value as Record<string, unknown>;
  if (feature.type !== 'Feature')
    report(`${path}.type`, `${describeFound(feature.type)} (expected "Feature")`);
  problems.push(...validateGeometry(feature.geometry, `${path}.geometry`, options.region));
  const properties = feature.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    if (options.layerProperties || properties !== null) {
      report(
        `${path}.properties`,
        `${describeFound(properties, 'an object of properties')} (expected an object such as {"id": …, "source": …, "approximate": …})`,
      );
    }
    return;
  }
  if (options.layerProperties)
    checkLayerProperties(properties as Record<string, unknown>, `${path}.properties`, report);
}

/**
 * Every problem in a parsed GeoJSON value that should be one of our map layers: not a
 * FeatureCollection, broken structure, empty or missing geometry, non-finite coordinates, rings
 * not closed or under 4 positions, wrong winding (RFC 7946: outer rings counter-clockwise, holes
 * clockwise), self-crossing outlines, coordinates outside the region (with a hint when latitude
 * and longitude look swapped), and missing layer properties. Paths look like
 * `features[3].geometry.coordinates[0]`; messages say in plain words what is wrong, then what
 * was expected in parentheses: `is null, not a list of features (expected …)`.
 * Never throws; an empty list means the layer is sound.
 * @see https://datatracker.ietf.org/doc/html/rfc7946
 */
export function validateGeoJson(value: unknown, options: ValidateOptions = {}): GeoJsonProblem[] {
  const settings: Required<ValidateOptions> = {
    region: options.region ?? DEFAULT_REGION,
    layerProperties: options.layerProperties ?? true,
  };
  const problems: GeoJsonProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(
        '(root)',
        `${describeFound(value, 'a GeoJSON FeatureCollection')} (expected an object such as {"type": "FeatureCollection", "features": […]})`,
      );
      return problems;
    }
    const collection = value as Record<string, unknown>;
    if (collection.type !== 'FeatureCollection') {
      report(
        'type',
        `${describeFound(collection.type)} (expected "FeatureCollection", with the features in a "features" list)`,
      );
    }
    if (!Array.isArray(collection.features)) {
      report(
        'features',
        `${describeFound(collection.features, 'a list of features')} (expected a list of objects such as {"type": "Feature", …})`,
      );
      return problems;
    }
    collection.features.forEach((feature, i) =>
      checkFeature(feature, `features[${i}]`, settings, report, problems),
    );
  } catch (error) {
    // Belt and braces: a validator that crashes hides every other problem from the editor.
    report(
      '(root)',
      `the file could not be checked completely: ${String(error)} (expected plain JSON data)`,
    );
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { validateGeoJson } from './validateGeoJson.ts';

/** A square around Stepanakert, counter-clockwise (RFC 7946 outer ring). */
const square = [
  [46.7, 39.8],
  [46.8, 39.8],
  [46.8, 39.9],
  [46.7, 39.9],
  [46.7, 39.8],
];
const hole = [
  [46.72, 39.82],
  [46.72, 39.88],
  [46.78, 39.88],
  [46.78, 39.82],
  [46.72, 39.82],
]; // clockwise
const good = { id: 'x', approximate: false, source: 'test' };

const layer = (geometry: unknown, properties: unknown = good) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry }],
});
const polygon = (...rings: unknown[]) => layer({ type: 'Polygon', coordinates: rings });
const paths = (value: unknown) => validateGeoJson(value).map((p) => p.path);
const messages = (value: unknown) =>
  validateGeoJson(value)
    .map((p) => p.message)
    .join('\n');

describe('validateGeoJson: the collection', () => {
  it('accepts a sound layer with a polygon, a hole, a line and a point', () => {
    const value = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: good,
          geometry: { type: 'Polygon', coordinates: [square, hole] },
        },
        {
          type: 'Feature',
          properties: good,
          geometry: {
            type: 'LineString',
            coordinates: [
              [46.5, 39.6],
              [46.75, 39.8],
            ],
          },
        },
        {
          type: 'Feature',
          properties: good,
          geometry: { type: 'Point', coordinates: [46.75, 39.81] },
        },
        {
          type: 'Feature',
          properties: good,
          geometry: { type: 'MultiPolygon', coordinates: [[square]] },
        },
        {
          type: 'Feature',
          properties: good,
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [46, 40],
                [47, 40],
              ],
            ],
          },
        },
      ],
    };
    expect(validateGeoJson(value)).toEqual([]);
  });

  it('accepts an empty collection', () => {
    expect(validateGeoJson({ type: 'FeatureCollection', features: [] })).toEqual([]);
  });

  it('reports something that is not an object at all', () => {
    expect(validateGeoJson([1, 2])).toEqual([
      {
        path: '(root)',
        message: expect.stringMatching(
          /expected a GeoJSON FeatureCollection .* but found a list of 2 items/,
        ),
      },
    ]);
    expect(validateGeoJson(null)[0]!.message).toMatch(/found null/);
  });

  it('reports a single Feature given where a FeatureCollection is expected', () => {
    const problems = validateGeoJson({ type: 'Feature', properties: good, geometry: null });
    expect(problems[0]).toEqual({
      path: 'type',
      message: 'expected "FeatureCollection" but found the text "Feature"',
    });
  });

  it('reports a missing features list', () => {
    expect(validateGeoJson({ type: 'FeatureCollection' })).toEqual([
      { path: 'features', message: 'expected a list of features but found nothing' },
    ]);
  });

  it('reports a feature that is not an object, or has the wrong type', () => {
    const value = {
      type: 'FeatureCollection',
      features: [
        'x',
        { type: 'Point', properties: good, geometry: { type: 'Point', coordinates: [46, 40] } },
      ],
    };
    expect(validateGeoJson(value)).toEqual([
      { path: 'features[0]', message: expect.stringContaining('expected a feature object') },
      { path: 'features[1].type', message: 'expected "Feature" but found the text "Point"' },
    ]);
  });

  it('lists every problem at once, never throwing', () => {
    const value = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [40.2, 46.5] } },
        { type: 'Feature', properties: good, geometry: null },
      ],
    };
    expect(() => validateGeoJson(value)).not.toThrow();
    expect(validateGeoJson(value).length).toBeGreaterThanOrEqual(4);
  });

  it('does not throw on odd values such as cyclic objects or functions', () => {
    const cyclic: Record<string, unknown> = { type: 'FeatureCollection' };
    cyclic.features = [cyclic];
    expect(() => validateGeoJson(cyclic)).not.toThrow();
    expect(() => validateGeoJson(() => 1)).not.toThrow();
  });
});

describe('validateGeoJson: geometry structure', () => {
  it('reports a missing geometry', () => {
    expect(validateGeoJson(layer(null))).toEqual([
      {
        path: 'features[0].geometry',
        message: expect.stringMatching(/has no geometry \(found null\); expected a Point/),
      },
    ]);
  });

  it('reports an unknown geometry type, listing the allowed ones', () => {
    expect(validateGeoJson(layer({ type: 'Circle', coordinates: [46, 40] }))).toEqual([
      {
        path: 'features[0].geometry.type',
        message: expect.stringMatching(
          /expected one of Point, .*Polygon.* but found the text "Circle"/,
        ),
      },
    ]);
  });

  it('reports empty geometries', () => {
    expect(paths(layer({ type: 'Polygon', coordinates: [] }))).toEqual([
      'features[0].geometry.coordinates',
    ]);
    expect(messages(layer({ type: 'Polygon', coordinates: [] }))).toMatch(/empty \(no rings\)/);
    expect(messages(layer({ type: 'LineString', coordinates: [] }))).toMatch(
      /empty \(no positions\)/,
    );
    expect(messages(layer({ type: 'MultiPolygon', coordinates: [] }))).toMatch(
      /empty \(no polygons\)/,
    );
    expect(messages(layer({ type: 'MultiLineString', coordinates: [] }))).toMatch(
      /empty \(no lines\)/,
    );
  });

  it('reports a line with a single position', () => {
    expect(validateGeoJson(layer({ type: 'LineString', coordinates: [[46, 40]] }))).toEqual([
      {
        path: 'features[0].geometry.coordinates',
        message: 'a line needs at least 2 positions but this one has 1',
      },
    ]);
  });

  it('reports a position that is not a pair of numbers', () => {
    const problems = validateGeoJson(layer({ type: 'LineString', coordinates: [[46, 40], 46.5] }));
    expect(problems).toEqual([
      {
        path: 'features[0].geometry.coordinates[1]',
        message:
          'expected a position [longitude, latitude] (two numbers) but found the number 46.5',
      },
    ]);
  });
});

describe('validateGeoJson: coordinates', () => {
  it('reports non-finite and non-numeric coordinates, naming the axis', () => {
    const problems = validateGeoJson(
      layer({
        type: 'LineString',
        coordinates: [
          [46, Number.POSITIVE_INFINITY],
          ['46.5', 40],
        ],
      }),
    );
    expect(problems).toEqual([
      {
        path: 'features[0].geometry.coordinates[0]',
        message: 'the latitude is not a finite number (found Infinity); expected degrees',
      },
      {
        path: 'features[0].geometry.coordinates[1]',
        message: 'the longitude should be a number but is the text "46.5"',
      },
    ]);
  });

  it('reports NaN and null coordinates', () => {
    expect(messages(layer({ type: 'Point', coordinates: [Number.NaN, 40] }))).toMatch(
      /longitude is not a finite number \(found NaN\)/,
    );
    expect(messages(layer({ type: 'Point', coordinates: [46, null] }))).toMatch(
      /latitude should be a number but is null/,
    );
  });

  it('reports positions outside the region and says where the region is', () => {
    const problems = validateGeoJson(
      layer({
        type: 'LineString',
        coordinates: [
          [46, 40],
          [30, 40],
          [46.5, 40],
        ],
      }),
    );
    expect(problems).toEqual([
      {
        path: 'features[0].geometry.coordinates',
        message:
          '1 of 3 positions lie outside the map region (longitude 38–52, latitude 35–45), first [30, 40]',
      },
    ]);
  });

  it('hints that latitude and longitude look swapped when swapping would put them inside', () => {
    const problems = validateGeoJson(layer({ type: 'Point', coordinates: [39.8153, 46.7519] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /^the position lies outside the map region .*look swapped.*\[longitude, latitude\]/,
    );
  });

  it('gives no swap hint when swapping would not help', () => {
    expect(messages(layer({ type: 'Point', coordinates: [10, 10] }))).not.toMatch(/swapped/);
  });

  it('accepts a custom region', () => {
    const value = layer({ type: 'Point', coordinates: [10, 10] });
    expect(validateGeoJson(value, { region: { west: 0, east: 20, south: 0, north: 20 } })).toEqual(
      [],
    );
  });
});

describe('validateGeoJson: rings', () => {
  it('reports a ring that is not closed, quoting both ends', () => {
    const open = square.slice(0, 4);
    expect(validateGeoJson(polygon([...open, [46.7, 39.85]]))).toEqual([
      {
        path: 'features[0].geometry.coordinates[0]',
        message:
          'the outer ring is not closed: its last position [46.7, 39.85] should repeat its first position [46.7, 39.8]',
      },
    ]);
  });

  it('reports a ring with fewer than 4 positions', () => {
    expect(
      validateGeoJson(
        polygon([
          [46.7, 39.8],
          [46.8, 39.8],
          [46.7, 39.8],
        ]),
      ),
    ).toEqual([
      {
        path: 'features[0].geometry.coordinates[0]',
        message:
          'the outer ring has 3 positions; a ring needs at least 4 (three corners and the first one repeated at the end)',
      },
    ]);
  });

  it('reports a ring with no area', () => {
    expect(
      messages(
        polygon([
          [46, 40],
          [46.5, 40],
          [47, 40],
          [46, 40],
        ]),
      ),
    ).toMatch(/encloses no area/);
  });

  it('reports a clockwise outer ring', () => {
    expect(validateGeoJson(polygon([...square].reverse()))).toEqual([
      {
        path: 'features[0].geometry.coordinates[0]',
        message: expect.stringMatching(
          /outer ring runs clockwise; GeoJSON \(RFC 7946\) expects outer rings counter-clockwise/,
        ),
      },
    ]);
  });

  it('reports a counter-clockwise hole', () => {
    expect(validateGeoJson(polygon(square, [...hole].reverse()))).toEqual([
      {
        path: 'features[0].geometry.coordinates[1]',
        message: expect.stringMatching(
          /hole runs counter-clockwise; GeoJSON \(RFC 7946\) expects holes clockwise/,
        ),
      },
    ]);
  });

  it('reports a self-crossing (bow-tie) outline with the place it crosses', () => {
    // lopsided so that its two lobes do not cancel out to zero area
    const bowTie = [
      [46.7, 39.8],
      [46.8, 39.9],
      [46.8, 39.8],
      [46.7, 39.95],
      [46.7, 39.8],
    ];
    const problems = validateGeoJson(polygon(bowTie));
    expect(problems.map((p) => p.path)).toContain('features[0].geometry.coordinates');
    expect(messages(polygon(bowTie))).toMatch(
      /crosses or touches itself at \d+ points?, first near \[46\.76, 39\.86\]/,
    );
  });

  it('reports a hole that crosses its outer ring', () => {
    const straddling = [
      [46.75, 39.85],
      [46.75, 39.95],
      [46.9, 39.95],
      [46.9, 39.85],
      [46.75, 39.85],
    ];
    expect(messages(polygon(square, straddling))).toMatch(/crosses or touches itself/);
  });

  it('checks each polygon of a MultiPolygon with its own path', () => {
    const value = layer({ type: 'MultiPolygon', coordinates: [[square], [[...square].reverse()]] });
    expect(paths(value)).toEqual(['features[0].geometry.coordinates[1][0]']);
  });
});

describe('validateGeoJson: layer properties', () => {
  it('accepts an approximate feature that says how it was made', () => {
    const value = layer(
      { type: 'Point', coordinates: [46, 40] },
      { ...good, approximate: true, method: 'buffered 2.5 km' },
    );
    expect(validateGeoJson(value)).toEqual([]);
  });

  it('reports missing id, source and approximate, saying what is expected', () => {
    expect(validateGeoJson(layer({ type: 'Point', coordinates: [46, 40] }, {}))).toEqual([
      {
        path: 'features[0].properties.id',
        message: '"id" is missing; expected a text id such as "loc-2020"',
      },
      {
        path: 'features[0].properties.source',
        message:
          '"source" is missing; expected text naming the dataset and file the shape came from',
      },
      {
        path: 'features[0].properties.approximate',
        message: '"approximate" is missing; expected true or false',
      },
    ]);
  });

  it('reports properties of the wrong type', () => {
    const problems = validateGeoJson(
      layer({ type: 'Point', coordinates: [46, 40] }, { id: 7, source: '', approximate: 'yes' }),
    );
    expect(problems).toEqual([
      {
        path: 'features[0].properties.id',
        message: '"id" should be text but is the number 7; expected a text id such as "loc-2020"',
      },
      {
        path: 'features[0].properties.source',
        message: '"source" is empty; expected text naming the dataset and file the shape came from',
      },
      {
        path: 'features[0].properties.approximate',
        message: '"approximate" should be true or false but is the text "yes"',
      },
    ]);
  });

  it('requires a method when approximate is true', () => {
    expect(
      validateGeoJson(
        layer({ type: 'Point', coordinates: [46, 40] }, { ...good, approximate: true }),
      ),
    ).toEqual([
      {
        path: 'features[0].properties.method',
        message: expect.stringMatching(/^"method" is missing; expected a note on how/),
      },
    ]);
  });

  it('reports properties that are not an object', () => {
    expect(paths(layer({ type: 'Point', coordinates: [46, 40] }, null))).toEqual([
      'features[0].properties',
    ]);
  });

  it('skips the layer property checks when asked to', () => {
    const value = layer({ type: 'Point', coordinates: [46, 40] }, null);
    expect(validateGeoJson(value, { layerProperties: false })).toEqual([]);
  });
});

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
        message:
          'is a list of 2 items, not a GeoJSON FeatureCollection (expected an object such as {"type": "FeatureCollection", "features": […]})',
      },
    ]);
    expect(validateGeoJson(null)[0]!.message).toMatch(
      /^is null, not a GeoJSON FeatureCollection \(expected /,
    );
  });

  it('reports a single Feature given where a FeatureCollection is expected', () => {
    const problems = validateGeoJson({ type: 'Feature', properties: good, geometry: null });
    expect(problems[0]).toEqual({
      path: 'type',
      message:
        'is the text "Feature" (expected "FeatureCollection", with the features in a "features" list)',
    });
  });

  it('reports a missing features list', () => {
    expect(validateGeoJson({ type: 'FeatureCollection' })).toEqual([
      {
        path: 'features',
        message: 'is missing (expected a list of objects such as {"type": "Feature", …})',
      },
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
      {
        path: 'features[0]',
        message: expect.stringMatching(
          /^is the text "x", not a feature object \(expected an object such as \{"type": "Feature"/,
        ),
      },
      { path: 'features[1].type', message: 'is the text "Point" (expected "Feature")' },
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
        message:
          'is null, so the feature has no geometry (expected a Point, LineString, Polygon or one of their Multi- forms)',
      },
    ]);
  });

  it('reports an unknown geometry type, listing the allowed ones', () => {
    expect(validateGeoJson(layer({ type: 'Circle', coordinates: [46, 40] }))).toEqual([
      {
        path: 'features[0].geometry.type',
        message: expect.stringMatching(
          /^is the text "Circle", which is not a geometry type \(expected one of: "Point", .*"Polygon"/,
        ),
      },
    ]);
  });

  it('reports empty geometries', () => {
    expect(paths(layer({ type: 'Polygon', coordinates: [] }))).toEqual([
      'features[0].geometry.coordinates',
    ]);
    expect(messages(layer({ type: 'Polygon', coordinates: [] }))).toBe(
      'the geometry is empty: no rings (expected at least one ring)',
    );
    expect(messages(layer({ type: 'LineString', coordinates: [] }))).toBe(
      'the geometry is empty: no positions (expected a line of at least 2 positions)',
    );
    expect(messages(layer({ type: 'MultiPolygon', coordinates: [] }))).toBe(
      'the geometry is empty: no polygons (expected at least one polygon)',
    );
    expect(messages(layer({ type: 'MultiLineString', coordinates: [] }))).toBe(
      'the geometry is empty: no lines (expected at least one line)',
    );
  });

  it('reports a line with a single position', () => {
    expect(validateGeoJson(layer({ type: 'LineString', coordinates: [[46, 40]] }))).toEqual([
      {
        path: 'features[0].geometry.coordinates',
        message: 'the line has 1 position (expected at least 2)',
      },
    ]);
  });

  it('reports a position that is not a pair of numbers', () => {
    const problems = validateGeoJson(layer({ type: 'LineString', coordinates: [[46, 40], 46.5] }));
    expect(problems).toEqual([
      {
        path: 'features[0].geometry.coordinates[1]',
        message: 'is the number 46.5, not a position (expected two numbers: [longitude, latitude])',
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
        message: 'the latitude is Infinity, not a finite number (expected degrees as a number)',
      },
      {
        path: 'features[0].geometry.coordinates[1]',
        message: 'the longitude is the text "46.5", not a number (expected degrees as a number)',
      },
    ]);
  });

  it('reports NaN and null coordinates', () => {
    expect(messages(layer({ type: 'Point', coordinates: [Number.NaN, 40] }))).toMatch(
      /^the longitude is NaN, not a finite number \(expected /,
    );
    expect(messages(layer({ type: 'Point', coordinates: [46, null] }))).toMatch(
      /^the latitude is null, not a number \(expected /,
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
          '1 of 3 positions lie outside the map region, first [30, 40] (expected positions within longitude 38–52, latitude 35–45)',
      },
    ]);
  });

  it('hints that latitude and longitude look swapped when swapping would put them inside', () => {
    const problems = validateGeoJson(layer({ type: 'Point', coordinates: [39.8153, 46.7519] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(
      'the position [39.8153, 46.7519] lies outside the map region; latitude and longitude look swapped: swapping the two puts it inside the region (expected [longitude, latitude] order, within longitude 38–52, latitude 35–45)',
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
          'the outer ring is not closed: it starts at [46.7, 39.8] but ends at [46.7, 39.85] (expected the last position to repeat the first)',
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
          'the outer ring has 3 positions (expected at least 4: three corners and the first one repeated at the end)',
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
    ).toMatch(/^the outer ring encloses no area: all its positions lie on one line \(expected /);
  });

  it('reports a clockwise outer ring', () => {
    expect(validateGeoJson(polygon([...square].reverse()))).toEqual([
      {
        path: 'features[0].geometry.coordinates[0]',
        message:
          'the outer ring runs clockwise; reverse the order of its positions (expected outer rings counter-clockwise, as GeoJSON RFC 7946 requires)',
      },
    ]);
  });

  it('reports a counter-clockwise hole', () => {
    expect(validateGeoJson(polygon(square, [...hole].reverse()))).toEqual([
      {
        path: 'features[0].geometry.coordinates[1]',
        message:
          'the hole runs counter-clockwise; reverse the order of its positions (expected holes clockwise, as GeoJSON RFC 7946 requires)',
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
      /crosses or touches itself at \d+ points?, first near \[46\.76, 39\.86\] \(expected edges that meet only at their shared corners\)$/,
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
        message: '"id" is missing (expected a text id such as "loc-2020")',
      },
      {
        path: 'features[0].properties.source',
        message:
          '"source" is missing (expected text naming the dataset and file the shape came from)',
      },
      {
        path: 'features[0].properties.approximate',
        message: '"approximate" is missing (expected true or false)',
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
        message: '"id" is the number 7 (expected a text id such as "loc-2020")',
      },
      {
        path: 'features[0].properties.source',
        message:
          '"source" is empty (expected text naming the dataset and file the shape came from)',
      },
      {
        path: 'features[0].properties.approximate',
        message: '"approximate" is the text "yes" (expected true or false)',
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
        message: expect.stringMatching(/^"method" is missing \(expected a note on how/),
      },
    ]);
  });

  it('reports properties that are not an object', () => {
    expect(paths(layer({ type: 'Point', coordinates: [46, 40] }, null))).toEqual([
      'features[0].properties',
    ]);
    expect(messages(layer({ type: 'Point', coordinates: [46, 40] }, null))).toBe(
      'is null, not an object of properties (expected an object such as {"id": …, "source": …, "approximate": …})',
    );
  });

  it('skips the layer property checks when asked to', () => {
    const value = layer({ type: 'Point', coordinates: [46, 40] }, null);
    expect(validateGeoJson(value, { layerProperties: false })).toEqual([]);
  });
});

describe('validateGeoJson: message form', () => {
  /** Bad inputs that between them reach every problem message the validator can produce. */
  const feature = (geometry: unknown, properties: unknown = good) => ({
    type: 'Feature',
    properties,
    geometry,
  });
  const crossingCheckFails = [square];
  // kinks walks the rings with forEach (our own checks do not): make it throw.
  Object.defineProperty(crossingCheckFails, 'forEach', {
    value: () => {
      throw new Error('cannot walk these rings');
    },
  });
  const badInputs: unknown[] = [
    [1, 2],
    null,
    'a string',
    { type: 'Feature', properties: good, geometry: null },
    { type: 'FeatureCollection' },
    { type: 'FeatureCollection', features: 'none' },
    {
      type: 'FeatureCollection',
      get features(): unknown {
        throw new Error('unreadable');
      },
    },
    {
      type: 'FeatureCollection',
      features: [
        'x',
        null,
        { type: 'Point', properties: good, geometry: { type: 'Point', coordinates: [46, 40] } },
        { properties: good, geometry: { type: 'Point', coordinates: [46, 40] } },
        feature(null),
        feature(undefined),
        feature('Polygon'),
        feature([46, 40]),
        feature({ type: 'Circle', coordinates: [46, 40] }),
        feature({ coordinates: [46, 40] }),
        feature({ type: 'Point', coordinates: 'abc' }),
        feature({ type: 'Point', coordinates: [46] }),
        feature({ type: 'Point', coordinates: ['46', null] }),
        feature({ type: 'Point', coordinates: [Number.NaN, Number.POSITIVE_INFINITY] }),
        feature({ type: 'Point', coordinates: [46, undefined] }),
        feature({ type: 'Point', coordinates: [39.8153, 46.7519] }),
        feature({ type: 'Point', coordinates: [10, 10] }),
        feature({ type: 'MultiPoint', coordinates: [] }),
        feature({ type: 'MultiPoint', coordinates: 'abc' }),
        feature({
          type: 'MultiPoint',
          coordinates: [
            [39.8, 46.7],
            [39.9, 46.8],
          ],
        }),
        feature({ type: 'LineString', coordinates: [] }),
        feature({ type: 'LineString', coordinates: [[46, 40]] }),
        feature({ type: 'LineString', coordinates: 'abc' }),
        feature({
          type: 'LineString',
          coordinates: [
            [46, 40],
            [30, 40],
          ],
        }),
        feature({ type: 'MultiLineString', coordinates: [] }),
        feature({ type: 'MultiLineString', coordinates: {} }),
        feature({ type: 'MultiLineString', coordinates: [[]] }),
        feature({ type: 'Polygon', coordinates: [] }),
        feature({ type: 'Polygon', coordinates: 7 }),
        feature({ type: 'Polygon', coordinates: [[]] }),
        feature({ type: 'Polygon', coordinates: [[[46.7, 39.8]]] }),
        feature({ type: 'Polygon', coordinates: [square.slice(0, 3)] }),
        feature({ type: 'Polygon', coordinates: [[...square.slice(0, 4), [46.7, 39.85]]] }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [46, 40],
              [46.5, 40],
              [47, 40],
              [46, 40],
            ],
          ],
        }),
        feature({ type: 'Polygon', coordinates: [[...square].reverse()] }),
        feature({ type: 'Polygon', coordinates: [square, [...hole].reverse()] }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [46.7, 39.8],
              [46.8, 39.9],
              [46.8, 39.8],
              [46.7, 39.95],
              [46.7, 39.8],
            ],
          ],
        }),
        feature({ type: 'Polygon', coordinates: crossingCheckFails }),
        feature({ type: 'MultiPolygon', coordinates: [] }),
        feature({ type: 'MultiPolygon', coordinates: null }),
        feature({ type: 'GeometryCollection', geometries: [] }),
        feature({ type: 'GeometryCollection' }),
        feature({ type: 'GeometryCollection', geometries: [null, { type: 'Point' }] }),
        feature({ type: 'Point', coordinates: [46, 40] }, null),
        feature({ type: 'Point', coordinates: [46, 40] }, 'props'),
        { type: 'Feature', geometry: { type: 'Point', coordinates: [46, 40] } },
        feature({ type: 'Point', coordinates: [46, 40] }, {}),
        feature(
          { type: 'Point', coordinates: [46, 40] },
          { id: 7, source: '  ', approximate: 'yes' },
        ),
        feature({ type: 'Point', coordinates: [46, 40] }, { id: null, source: [], approximate: 1 }),
        feature({ type: 'Point', coordinates: [46, 40] }, { ...good, approximate: true }),
        feature(
          { type: 'Point', coordinates: [46, 40] },
          { ...good, approximate: true, method: '' },
        ),
      ],
    },
  ];
  const all = badInputs.flatMap((value) => validateGeoJson(value));

  it('reaches a wide range of problems, including the checks that could not run', () => {
    expect(new Set(all.map((p) => p.message)).size).toBeGreaterThanOrEqual(60);
    expect(all.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the file could not be checked completely: Error: unreadable \(/),
        expect.stringMatching(/^the outline could not be checked for crossings: Error: cannot /),
      ]),
    );
  });

  it('says what is wrong, then ends every message with a single "(expected …)" part', () => {
    // [^()]: the expected part holds no parentheses of its own, so it reads as one aside.
    const offending = all.filter((p) => !/\S \(expected [^()]+\)$/.test(p.message));
    expect(offending).toEqual([]);
    // Never the old forms "expected X but found Y" or "…; expected X".
    expect(all.filter((p) => /^expected |but found|; expected/.test(p.message))).toEqual([]);
  });
});

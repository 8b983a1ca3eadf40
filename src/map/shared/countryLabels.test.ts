import { describe, expect, it } from 'vitest';
import { placeCountryLabels, type CountryLabelCandidates } from './countryLabels.ts';

// A flat 100 px-per-degree view of lon 44–48, lat 39–42 (y grows southwards), 400 × 300 px.
const project = ([lon, lat]: [number, number]) => ({ x: (lon - 44) * 100, y: (42 - lat) * 100 });
const grid = (iso: string, name: string, lons: number[], lats: number[], depth = 50) => ({
  iso,
  name,
  points: lons.flatMap((lon) => lats.map((lat) => [lon, lat, depth] as const)),
});
const armenia: CountryLabelCandidates = grid('AM', 'Armenia', [44.5, 45, 45.5], [40, 40.5, 41]);
const azerbaijan: CountryLabelCandidates = grid(
  'AZ',
  'Azerbaijan',
  [46.5, 47, 47.5],
  [40, 40.5, 41],
);

describe('placeCountryLabels', () => {
  it('names each country in view once, inside the frame', () => {
    const placed = placeCountryLabels([armenia, azerbaijan], project, { width: 400, height: 300 });
    expect(placed.map((p) => p.iso)).toEqual(['AM', 'AZ']);
    for (const p of placed) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(400);
    }
  });

  it('moves a name off a place it would cover', () => {
    const place = project([45, 40.5]);
    const [am] = placeCountryLabels([armenia], project, {
      width: 400,
      height: 300,
      avoid: [place],
    });
    expect(am).toBeDefined();
    expect(Math.abs(am!.y - place.y)).toBeGreaterThan(10);
  });

  it('puts a name where nothing covers it', () => {
    const legend = { x0: 0, y0: 0, x1: 400, y1: 170 };
    const [am] = placeCountryLabels([armenia], project, {
      width: 400,
      height: 300,
      covered: [legend],
    });
    expect(am).toBeDefined();
    expect(am!.y - 8.4).toBeGreaterThanOrEqual(170);
  });

  it('leaves out a country with no candidate far enough inside its border or the frame', () => {
    const shallow = grid('GE', 'Georgia', [45], [41.9], 50);
    const nearBorder = grid('IR', 'Iran', [45], [39.5], 0);
    expect(placeCountryLabels([shallow, nearBorder], project, { width: 400, height: 300 })).toEqual(
      [],
    );
  });

  it('keeps a name out of an area the view draws over the country, as out of a border', () => {
    // Azerbaijan's candidates, deep inside its border: the western column lies inside a held area, the middle one 5 km
    // from it (too close at this scale), the eastern one 40 km away.
    const az: CountryLabelCandidates = {
      iso: 'AZ',
      name: 'Azerbaijan',
      points: [45.5, 46, 46.5].flatMap((lon, i) =>
        [40, 40.5, 41].map((lat) => [lon, lat, 500, { 'held-2020-2023': [0, 5, 40][i]! }] as const),
      ),
    };
    const shown = (areas: string[]) =>
      placeCountryLabels([az], project, { width: 400, height: 300, areas: new Set(areas) })[0];
    expect(shown(['held-2020-2023'])!.x).toBeCloseTo(250);
    // Only when the view draws the area; otherwise the point clearest of the frame, as before.
    expect(shown([])!.x).toBeCloseTo(200);
    expect(shown(['held-1994-2020'])!.x).toBeCloseTo(200);
  });
});

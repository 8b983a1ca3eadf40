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
});

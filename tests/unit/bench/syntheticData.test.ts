import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/lib/validate/readDataFiles.ts';
import { validateDataset } from '../../../src/lib/validate/validateDataset.ts';
import {
  GEOMETRY_INPUTS_FILE,
  geometryInputsFile,
} from '../../../src/lib/validate/geometryInputs.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Place } from '../../../src/schemas/place.ts';
import { multiplyEvents, multiplyPlaces } from '../../../scripts/bench/syntheticData.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('synthetic data for the scaling run', () => {
  it('multiplies the real events and places ten times into data the validator accepts', () => {
    const raw = readDataFiles(ROOT);
    const before = validateDataset(raw).counts;
    const places = multiplyPlaces(raw.places.json as Place[], 10);
    const events = raw.events.map((f) => ({ ...f, json: multiplyEvents(f.json as Event[], 10) }));
    const { problems, counts } = validateDataset({
      ...raw,
      places: { ...raw.places, json: places },
      events,
      // As scaleRun records it: the geometry is not redrawn for the copies.
      geometryInputs: {
        file: GEOMETRY_INPUTS_FILE,
        json: JSON.parse(geometryInputsFile(places, raw.control?.json)),
      },
    });
    expect(problems).toEqual([]);
    expect(before.places).toBeGreaterThan(0);
    expect(counts.places).toBe(before.places! * 10);
    expect(counts.events).toBe(before.events! * 10);
  });

  it('gives every copy its own id and points copied events at copied places', () => {
    const place = {
      id: 'parukh',
      names: { en: 'Parukh', hy: null, az: null, other: [] },
      lat: 40.0,
      lon: 46.8,
      kind: 'village',
      country: 'AZ',
      coordSource: { title: 'x', url: null },
      crossCheck: [{ source: 's', url: null, lat: 40.003, lon: 46.8, distanceKm: 0.33 }],
      maxDiscrepancyKm: 0.33,
      coordinatesDisagree: false,
      note: null,
    } satisfies Place;
    const copies = multiplyPlaces([place], 3);
    expect(copies.map((p) => p.id)).toEqual(['parukh', 'parukh-synthetic-1', 'parukh-synthetic-2']);
    // Place and cross-check move together, so the recorded distance stays true.
    expect(copies[2]!.lat! - copies[2]!.crossCheck[0]!.lat).toBeCloseTo(place.lat - 40.003, 5);
    const [, copy] = multiplyEvents(
      [
        {
          id: 'e',
          date: '2022',
          title: 'Eee',
          summary: 'Something',
          category: 'clash',
          places: ['parukh'],
          claims: [],
          sources: ['S01'],
        },
      ],
      2,
    );
    expect(copy).toMatchObject({ id: 'e-synthetic-1', places: ['parukh-synthetic-1'] });
    expect(place.id).toBe('parukh');
  });
});

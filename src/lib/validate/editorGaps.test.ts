/**
 * The validator's former gaps (issue 15), each with data that passes and data that must not.
 */
import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';
import { geometryInputsFile, missingRawData } from './geometryInputs.ts';
import type { RawDataset } from './rawDataset.ts';

// `any`: each test reaches into the fixture's JSON to change one thing.
function after(change: (d: any) => void, data: RawDataset = goodDataset()) {
  change(data);
  const { problems, warnings } = validateDataset(data);
  return { errors: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}
const event = (d: any) => d.events[0].json[0];
const step = (d: any) => d.steps[0];

describe('camera with longitude and latitude swapped', () => {
  it('accepts [lon, lat] bounds inside the region', () => {
    expect(after(() => {}).errors).toEqual([]);
  });

  it('reports bounds written [lat, lon]', () => {
    const { errors } = after((d) => {
      step(d).text = step(d).text.replace(
        '[[46.5, 39.8], [47.1, 40.3]]',
        '[[39.8, 46.5], [40.3, 47.1]]',
      );
    });
    expect(errors).toContain(
      'data/story/steps/01-01-lede.md › camera.bounds[0]: [39.8, 46.5] looks swapped: read as longitude 39.8, latitude 46.5 it is far outside the region, swapped it is inside (expected [longitude, latitude], e.g. [46.5, 39.8])',
    );
  });

  it('reports a swapped center', () => {
    const { errors } = after((d) => {
      step(d).text = step(d).text.replace(
        'bounds: [[46.5, 39.8], [47.1, 40.3]]',
        'center: [39.8, 46.7]\n  zoom: 8',
      );
    });
    expect(errors.some((l) => l.includes('› camera.center: [39.8, 46.7] looks swapped'))).toBe(
      true,
    );
  });
});

describe('event id, date and period file', () => {
  it('accepts an id that starts with the date, in the file for its year', () => {
    expect(after((d) => (event(d).id = '2022-03-27-another')).errors).toEqual([
      // Only what still points at the old id complains (the war timeline's selection twice, the
      // step twice); the event itself is fine.
      expect.stringContaining('refers to unknown event'),
      expect.stringContaining('refers to unknown event'),
      expect.stringContaining('refers to unknown event'),
      expect.stringContaining('refers to unknown event'),
    ]);
  });

  it('accepts an id giving only the year of its date', () => {
    const lines = after((d) => (event(d).id = '2022-furukh')).errors;
    expect(lines.filter((l) => l.includes('› id:'))).toEqual([]);
  });

  it('reports an id whose date disagrees with the event date', () => {
    const { errors } = after((d) => (event(d).date = '2022-03-28'));
    expect(errors).toContain(
      "data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › id: starts with 2022-03-27 but the event's date is 2022-03-28 (expected the id to start with the date, e.g. 2022-03-28-furukh-withdrawal-claim; an id already used by steps is better left as it is and the date checked)",
    );
  });

  it('reports an event in the file of another period', () => {
    const { errors } = after((d) => (d.events[0].file = 'data/events/2020-2021-war.json'));
    expect(errors).toContain(
      'data/events/2020-2021-war.json › #1 (2022-03-27-furukh-withdrawal-claim) › date: 2022-03-27 is outside the years this file holds (2020–2021) (expected the event in the data/events/ file named for its period)',
    );
  });
});

describe('probable duplicate events', () => {
  const twin = (d: any, change: (e: any) => void) => {
    const copy = structuredClone(event(d));
    copy.id = '2022-03-27-furukh-again';
    change(copy);
    d.events[0].json.push(copy);
  };

  it('warns about the same category at the same place on overlapping dates', () => {
    const { errors, warnings } = after((d) => twin(d, (e) => (e.date = '2022-03')));
    expect(errors.filter((l) => !l.includes('› id:'))).toEqual([]);
    expect(warnings).toContain(
      'data/events/2022.json › #2 (2022-03-27-furukh-again): may be the same event as data/events/2022.json #1 (2022-03-27-furukh-withdrawal-claim): both are "statement" at parukh on overlapping dates (expected one record per event; merge them, or make the difference plain in the titles and record it: partOf for a clause of a longer text, distinctFrom for another happening)',
    );
  });

  it('does not warn about another category, another place or other dates', () => {
    for (const change of [
      (e: any) => (e.category = 'clash'),
      (e: any) => (e.places = ['karaglukh']),
      (e: any) => {
        e.date = '2022-04-02';
        for (const c of e.claims) c.date = '2022-04-02';
      },
    ]) {
      const { errors, warnings } = after((d) => {
        event(d).places = ['parukh'];
        twin(d, change);
      });
      expect(errors.filter((l) => !l.includes('› id:'))).toEqual([]);
      expect(warnings.filter((l) => l.includes('may be the same event'))).toEqual([]);
    }
  });

  const duplicateWarnings = (change: (e: any) => void) => {
    const { errors, warnings } = after((d) => {
      // A second outlet on its own page, so the twin can rest on other sources than the first event.
      d.sources.json.push({
        ...d.sources.json[0],
        id: 'S02',
        publisher: 'Another outlet',
        url: 'https://example.org/another-outlet',
      });
      twin(d, change);
    });
    expect(errors.filter((l) => !l.includes('› id:'))).toEqual([]);
    return warnings.filter((l) => l.includes('may be the same event'));
  };

  it('warns about two events on the same day even when they cite other sources', () => {
    const lines = duplicateWarnings((e) => {
      e.sources = ['S02'];
      for (const c of e.claims) c.sources = ['S02'];
    });
    expect(lines).toHaveLength(1);
  });

  it('does not warn when a date known only to the month meets an event with other sources', () => {
    // Two verdicts in one city in one month, from separate trials, reported by other outlets.
    const lines = duplicateWarnings((e) => {
      e.date = '2022-03';
      e.sources = ['S02'];
      for (const c of e.claims) c.sources = ['S02'];
    });
    expect(lines).toEqual([]);
  });

  it('still warns when a date known only to the month meets an event on a common source', () => {
    const lines = duplicateWarnings((e) => {
      e.date = '2022';
      e.sources = ['S02', ...e.sources];
    });
    expect(lines).toHaveLength(1);
  });
});

describe('events an editor has told apart', () => {
  const same = (d: any, change: (e: any) => void) => {
    const copy = structuredClone(event(d));
    copy.id = '2022-03-27-furukh-point-2';
    change(copy);
    d.events[0].json.push(copy);
  };
  const check = (change: (e: any) => void) => {
    const { errors, warnings } = after((d) => same(d, change));
    return {
      errors: errors.filter((l) => !l.includes('› id:')),
      duplicates: warnings.filter((l) => l.includes('may be the same event')),
    };
  };

  it('does not warn about a clause recorded as part of its text, nor about two clauses of it', () => {
    expect(check((e) => (e.partOf = '2022-03-27-furukh-withdrawal-claim'))).toEqual({
      errors: [],
      duplicates: [],
    });
    const { errors, warnings } = after((d) => {
      same(d, (e) => (e.partOf = '2022-03-27-furukh-withdrawal-claim'));
      same(d, (e) => {
        e.id = '2022-03-27-furukh-point-3';
        e.partOf = '2022-03-27-furukh-withdrawal-claim';
      });
    });
    expect(errors.filter((l) => !l.includes('› id:'))).toEqual([]);
    expect(warnings.filter((l) => l.includes('may be the same event'))).toEqual([]);
  });

  it('does not warn about a pair marked distinct, from either side', () => {
    expect(check((e) => (e.distinctFrom = ['2022-03-27-furukh-withdrawal-claim']))).toEqual({
      errors: [],
      duplicates: [],
    });
  });

  it('names an unknown, circular or nested link', () => {
    expect(check((e) => (e.partOf = '2022-03-27-no-such-event')).errors).toEqual([
      'data/events/2022.json › #2 (2022-03-27-furukh-point-2) › partOf: refers to unknown event "2022-03-27-no-such-event" (expected an id from data/events/)',
    ]);
    expect(check((e) => (e.distinctFrom = ['2022-03-27-furukh-point-2'])).errors).toEqual([
      'data/events/2022.json › #2 (2022-03-27-furukh-point-2) › distinctFrom[0]: names the event itself (expected another event)',
    ]);
    const { errors } = after((d) => {
      same(d, (e) => (e.partOf = '2022-03-27-furukh-withdrawal-claim'));
      same(d, (e) => {
        e.id = '2022-03-27-furukh-point-2-a';
        e.partOf = '2022-03-27-furukh-point-2';
      });
    });
    expect(errors.filter((l) => l.includes('partOf'))).toEqual([
      'data/events/2022.json › #3 (2022-03-27-furukh-point-2-a) › partOf: "2022-03-27-furukh-point-2" is itself part of "2022-03-27-furukh-withdrawal-claim" (expected the event for the whole text)',
    ]);
  });
});

describe('stale geometry, without the raw data', () => {
  const withInputs = (d: RawDataset) => {
    d.control = { file: 'data/control.json', json: [] };
    d.geometryInputs = {
      file: 'data/geometry/inputs.json',
      json: JSON.parse(geometryInputsFile(d.places.json, d.control.json)),
    };
    return d;
  };

  it('accepts geometry built from the places as they are, names edited or not', () => {
    expect(
      after((d) => (d.places.json[0].names.en = 'Farukh'), withInputs(goodDataset())).errors,
    ).toEqual([]);
  });

  it('reports a place added since npm run geo', () => {
    const { errors } = after((d) => {
      d.places.json.push({ ...structuredClone(d.places.json[0]), id: 'new-place', lat: 40.1 });
    }, withInputs(goodDataset()));
    expect(errors).toEqual([
      'data/geometry/inputs.json › data/places.json (ids and coordinates): the map geometry was built from an older data/places.json (ids and coordinates) (a place or control point was added, removed or moved since; expected the geometry to match: run npm run geo, which redraws the map from them (see geometry/ in data/README.md))',
    ]);
  });

  it('reports a missing record of the inputs', () => {
    const { errors } = after(() => {}, {
      ...goodDataset(),
      geometryInputs: {
        file: 'data/geometry/inputs.json',
        error: 'is missing (expected this file to exist; see data/README.md)',
      },
    });
    expect(errors).toEqual([
      'data/geometry/inputs.json: is missing (run npm run geo, which redraws the map from them (see geometry/ in data/README.md))',
    ]);
  });

  it('says what npm run geo needs and where it comes from when the raw data is absent', () => {
    expect(missingRawData('/nowhere', ['a.geojson'])).toMatch(
      /^needs the raw geodata in \/nowhere, and 1 of its 1 files are not there \(a\.geojson\)\. They come from .*\.\.\/shared\/data\/raw.*PROVENANCE\.md.*GEO_RAW_DIR/,
    );
    expect(missingRawData(import.meta.dirname, ['geometryInputs.ts'])).toBeNull();
  });
});

describe('names that may be null', () => {
  it('accepts null for an Armenian or Azerbaijani name', () => {
    expect(after((d) => (d.places.json[0].names.hy = null)).errors).toEqual([]);
  });
  it('says null is allowed when the name is missing', () => {
    expect(after((d) => delete d.places.json[0].names.az).errors).toEqual([
      'data/places.json › #1 (parukh) › names.az: is missing (expected the name as text, or null when no source gives this form of the name)',
    ]);
  });
});

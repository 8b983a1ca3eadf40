import { describe, expect, it } from 'vitest';
import { goodDataset } from './fixtures.ts';
import { formatProblem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';

/** Validates a copy of the good dataset after `breakIt` has changed one thing; returns the lines. */
// `any`: each test reaches into the fixture's JSON to break one field; typing every path is noise.
function linesAfter(breakIt: (d: any) => void): string[] {
  const data = goodDataset();
  breakIt(data);
  return validateDataset(data).problems.map(formatProblem);
}

const place = (d: any) => d.places.json[0];
const event = (d: any) => d.events[0].json[0];

describe('validateDataset', () => {
  it('accepts the good dataset and counts what it holds', () => {
    const { problems, counts } = validateDataset(goodDataset());
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({
      places: 2,
      sources: 1,
      actors: 2,
      events: 1,
      claims: 2,
      'figure series': 1,
    });
  });

  it('names file, record and field for a missing required field', () => {
    expect(linesAfter((d) => delete place(d).kind)).toEqual([
      'data/places.json › #1 (parukh) › kind: is missing (expected one of: "capital", "city", "town", "village", "height", "facility", "monastery", "site")',
    ]);
  });

  it('reports an unknown field with its name', () => {
    expect(linesAfter((d) => (place(d).latitude = 40))).toEqual([
      'data/places.json › #1 (parukh): has unknown field "latitude" (expected only the documented fields; check the spelling in data/README.md)',
    ]);
  });

  it('rejects a link that is not a web address, such as a javascript: URL that would run on click', () => {
    const lines = linesAfter((d) => (d.sources.json[0].url = 'javascript:alert(1)'));
    expect(lines).toEqual([
      'data/sources.json › #1 (S26) › url: is "javascript:alert(1)", not a web address (expected a full URL such as https://example.org/page)',
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    const lines = linesAfter((d) => (place(d).id = 'Parukh Village'));
    const line = lines.find((l) => l.startsWith('data/places.json'));
    expect(line).toMatch(
      /data\/places\.json › #1 \(Parukh Village\) › id: is "Parukh Village" \(expected a kebab-case id/,
    );
  });

  it('flags a duplicate id, pointing at the first use', () => {
    const lines = linesAfter((d) => d.places.json.push({ ...place(d) }));
    expect(lines).toEqual([
      'data/places.json › #3 (parukh) › id: the place id "parukh" is already used by data/places.json #1 (parukh) (expected every id to be unique)',
    ]);
  });

  it('flags duplicate event ids across two event files', () => {
    const lines = linesAfter((d) =>
      d.events.push({ file: 'data/events/other.json', json: [structuredClone(event(d))] }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^data\/events\/other\.json › #1 \(2022-03-27-furukh-withdrawal-claim\) › id: the event id .* already used by data\/events\/2022\.json #1/,
    );
  });

  it('flags an unknown place, actor and source id', () => {
    const lines = linesAfter((d) => {
      event(d).places.push('nowhere');
      event(d).claims[0].actor = 'nobody';
      event(d).sources.push('S999');
    });
    expect(lines).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › claims[0].actor: refers to unknown actor "nobody" (expected an id from data/actors.json)',
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › places[2]: refers to unknown place "nowhere" (expected an id from data/places.json)',
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › sources[1]: refers to unknown source "S999" (expected an id from data/sources.json)',
    ]);
  });

  it('names a chart selection’s unknown figure series or event at its field', () => {
    expect(
      linesAfter((d) => {
        d.charts.json[0].selection.agreementIds = ['2022-03-27-no-such-event'];
        d.charts.json[4].selection.displaced = 'no-such-series';
      }),
    ).toEqual([
      'data/story/charts.json › #1 (war-timeline) › selection.agreementIds[0]: refers to unknown event "2022-03-27-no-such-event" (expected an id from data/events/)',
      'data/story/charts.json › #5 (exodus) › selection.displaced: refers to unknown figure series "no-such-series" (expected an id from data/figures.json)',
    ]);
  });

  it('reports a chart selection with a field another chart has, or a month in the wrong form', () => {
    expect(
      linesAfter((d) => {
        d.charts.json[4].selection.warId = '2022-03-27-furukh-withdrawal-claim';
        d.charts.json[3].selection.from = 'January 2022';
      }),
    ).toEqual([
      'data/story/charts.json › #4 (incidents) › selection.from: is "January 2022" (expected a month written YYYY-MM, e.g. "2022-03")',
      'data/story/charts.json › #5 (exodus) › selection: has unknown field "warId" (expected only the documented fields; check the spelling in data/README.md)',
    ]);
  });

  it('names the allowed chart ids for an unknown one, and a missing selection', () => {
    expect(
      linesAfter((d) => {
        d.charts.json[0].id = 'war-timelines';
        delete d.charts.json[1].selection;
      }),
    ).toEqual([
      'data/story/charts.json: has no entry for chart "war-timeline" (expected a title, takeaway and selection for every chart)',
      'data/story/charts.json › #1 (war-timelines) › id: is "war-timelines", which is not allowed (expected one of: "war-timeline", "counting-the-dead", "contingent", "incidents", "exodus", "offensive-2023")',
      'data/story/charts.json › #2 (counting-the-dead) › selection: is missing (expected an object)',
    ]);
  });

  it('rejects an impossible date and an out-of-range date', () => {
    const lines = linesAfter((d) => {
      event(d).date = '2022-02-30';
      d.figures.json[0].values[0].date = '2031-01-01';
    });
    expect(lines).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › date: "2022-02-30" is not a real calendar date',
      'data/figures.json › #1 (observation-posts) › values[0].date: "2031-01-01" is out of range (expected between 1900-01-01 and 2026-12-31)',
    ]);
  });

  it('rejects an end date before the start date', () => {
    const [line] = linesAfter((d) => (event(d).endDate = '2022-03-01'));
    expect(line).toBe(
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › endDate: 2022-03-01 is before the start date 2022-03-27 (expected endDate on or after date)',
    );
  });

  it('accepts an end date in the same month as a month-precision start', () => {
    expect(
      linesAfter((d) => Object.assign(event(d), { date: '2022-03', endDate: '2022-03-01' })),
    ).toEqual([]);
  });

  it('rejects a claim without an actor or without sources', () => {
    const lines = linesAfter((d) => {
      delete event(d).claims[0].actor;
      event(d).claims[1].sources = [];
    });
    expect(lines).toEqual([
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › claims[0].actor: is missing (expected the id of the actor who made the claim, from data/actors.json)',
      'data/events/2022.json › #1 (2022-03-27-furukh-withdrawal-claim) › claims[1].sources: has 0 item(s) (expected at least 1: needs at least one source id)',
    ]);
  });

  it('rejects a figure without a date or a reporter', () => {
    const lines = linesAfter((d) => {
      delete d.figures.json[0].values[0].date;
      delete d.figures.json[0].values[0].reporter;
    });
    expect(lines).toEqual([
      'data/figures.json › #1 (observation-posts) › values[0].date: is missing (expected text)',
      'data/figures.json › #1 (observation-posts) › values[0].reporter: is missing (expected text)',
    ]);
  });

  it('spots swapped coordinates', () => {
    const [line] = linesAfter((d) => Object.assign(place(d), { lat: 46.80111, lon: 40.01639 }));
    expect(line).toMatch(/› #1 \(parukh\) › lat\/lon: lat 46\.80111, lon 40\.01639 look swapped/);
  });

  it('rejects coordinates outside the region', () => {
    const [line] = linesAfter((d) => Object.assign(place(d), { lat: 10, lon: 10 }));
    expect(line).toMatch(
      /lat 10, lon 10 is outside the region \(expected lat 37\.5–42\.5, lon 43–51\)/,
    );
  });

  it('requires a note when a place has no coordinates', () => {
    expect(linesAfter((d) => (d.places.json[1].note = null))).toEqual([
      'data/places.json › #2 (karaglukh) › note: is empty although the place has no coordinates (expected a note saying why)',
    ]);
  });

  it('requires the disagreement flag exactly when sources are more than 2 km apart', () => {
    const [line] = linesAfter((d) => (place(d).maxDiscrepancyKm = 4.7));
    expect(line).toMatch(/coordinatesDisagree: is false but maxDiscrepancyKm is 4\.7/);
  });

  it('reports a file that is not a list, and keeps checking the others', () => {
    const lines = linesAfter((d) => {
      d.sources.json = { id: 'S26' };
      event(d).places.push('nowhere');
    });
    expect(lines).toContain(
      'data/sources.json: is not a list (expected a JSON array of records [ {…}, {…} ])',
    );
    expect(lines.some((l) => l.includes('unknown place "nowhere"'))).toBe(true);
  });

  it('passes on a file read error with the reader’s message', () => {
    const lines = linesAfter(
      (d) => (d.actors = { file: 'data/actors.json', error: 'is not valid JSON at line 3' }),
    );
    expect(lines[0]).toBe('data/actors.json: is not valid JSON at line 3');
  });

  it('does not report every reference into an unreadable file as unknown', () => {
    const lines = linesAfter(
      (d) => (d.sources = { file: 'data/sources.json', error: 'is not valid JSON at line 3' }),
    );
    expect(lines).toEqual(['data/sources.json: is not valid JSON at line 3']);
  });

  it('does not cascade a broken place record into unknown-place reports', () => {
    const lines = linesAfter((d) => (place(d).kind = 'hamlet'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^data\/places\.json › #1 \(parukh\) › kind: is "hamlet", which is not allowed/,
    );
  });

  it('lists every problem at once, sorted by file', () => {
    const lines = linesAfter((d) => {
      delete place(d).kind;
      event(d).places.push('nowhere');
      d.figures.json[0].values[0].reporter = 'nobody';
    });
    expect(lines.map((l) => l.split(' › ')[0])).toEqual([
      'data/events/2022.json',
      'data/figures.json',
      'data/places.json',
    ]);
  });

  it('reports invalid GeoJSON with the file name', () => {
    const lines = linesAfter((d) => {
      d.geometry[0].json.features[0].geometry.coordinates[0].pop();
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('data/geometry/test.geojson › '))).toBe(true);
  });
});

/**
 * The site's chart selections against the real data/: every id resolves, and every number a chart
 * draws is a value of data/figures.json with the same date and reporter (nothing typed by hand,
 * nothing blended).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportedValue } from '../../charts/core/reported.ts';
import { chartSelections as s } from './chartSelections.ts';
import { contingentData } from './contingentData.ts';
import { countingTheDeadData } from './countingTheDeadData.ts';
import { exodusData } from './exodusData.ts';
import { incidentsData } from './incidentsData.ts';
import { readChartSourceData } from './readData.ts';
import { warTimelineData } from './warTimelineData.ts';

const d = readChartSourceData();
const fromData = (v: ReportedValue) =>
  d.figures.some((f) =>
    f.values.some(
      (x) =>
        x.date === v.date &&
        x.value === v.value &&
        x.upper === v.upper &&
        x.qualifier === v.qualifier &&
        d.actors.find((a) => a.id === x.reporter)?.shortName === v.reporter.name,
    ),
  );

describe('chart selections on the real data', () => {
  it('war timeline: capture claims with places, three ceasefires and the statement', () => {
    const { input } = warTimelineData(d.events, d.actors, d.places, d.sources, s.warTimeline);
    expect(
      input.marks.filter((m) => m.kind === 'capture-claim').every((m) => m.placeIds.length > 0),
    ).toBe(true);
    expect(input.marks.filter((m) => m.kind === 'ceasefire')).toHaveLength(3);
    expect(input.marks.filter((m) => m.kind === 'agreement').map((m) => m.id)).toEqual(
      s.warTimeline.agreementIds,
    );
  });
  it('figure charts: every value drawn is a value of figures.json, with its reporter', () => {
    const dead = countingTheDeadData(d.figures, d.actors, d.sources, s.countingTheDead).input;
    const contingent = contingentData(d.figures, d.actors, d.sources, s.contingent).input;
    const exodus = exodusData(d.figures, d.actors, d.sources, s.exodus).input;
    const values: ReportedValue[] = [
      ...dead.tolls.flatMap((t) => t.values),
      ...dead.civilians.flatMap((c) => c.values),
      ...contingent.allowed.map((a) => a.value),
      ...contingent.posts.flatMap((p) =>
        [p.open, p.temporary, p.closed, p.temporaryClosed].filter((x) => x !== undefined),
      ),
      ...(exodus.population?.values ?? []),
      ...exodus.displaced.values,
    ];
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) expect(fromData(v), JSON.stringify(v)).toBe(true);
  });
  it('incidents: measured against the 2020 line where it has been built', () => {
    const url = new URL('../../../data/geometry/loc-2020.geojson', import.meta.url);
    let line;
    try {
      line = JSON.parse(readFileSync(url, 'utf8'));
    } catch {
      return; // data/geometry is generated (npm run geo); the build checks it exists.
    }
    const { input } = incidentsData(d.events, d.places, d.sources, line, s.incidents);
    expect(input.incidents.some((i) => i.inCluster)).toBe(true);
    for (const i of input.incidents)
      if (i.distanceKm !== undefined) expect(i.distanceKm).toBeGreaterThanOrEqual(0);
  });
});

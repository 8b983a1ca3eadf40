/**
 * The chart selections of data/story/charts.json against the real data/: every id resolves, and every number a chart
 * draws is a value of data/figures.json with the same date and reporter (nothing typed by hand,
 * nothing blended).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportedValue } from '../core/reported.ts';
import { prepareContingent } from '../contingent/prepareContingent.ts';
import { prepareCountingTheDead } from '../countingTheDead/prepareCountingTheDead.ts';
import { prepareExodus } from '../exodus/prepareExodus.ts';
import { prepareIncidents } from '../incidents/prepareIncidents.ts';
import type { ChartId } from '../../schemas/chartIds.ts';
import type { ChartSelection } from '../../schemas/chartSelection.ts';
import { readChartSources } from './readData.ts';
import { readChartSelections } from './readSelections.ts';
import { prepareWarTimeline } from '../warTimeline/prepareWarTimeline.ts';

const d = readChartSources();
const selections = readChartSelections();
const selection = <I extends ChartId>(id: I) => selections.get(id) as ChartSelection<I>;
const s = {
  warTimeline: selection('war-timeline'),
  countingTheDead: selection('counting-the-dead'),
  contingent: selection('contingent'),
  incidents: selection('incidents'),
  exodus: selection('exodus'),
};
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
    const { data: input } = prepareWarTimeline(
      d.events,
      d.actors,
      d.places,
      d.sources,
      s.warTimeline,
    );
    expect(
      input.marks.filter((m) => m.kind === 'capture-claim').every((m) => m.placeIds.length > 0),
    ).toBe(true);
    expect(input.marks.filter((m) => m.kind === 'ceasefire')).toHaveLength(3);
    expect(input.marks.filter((m) => m.kind === 'agreement').map((m) => m.id)).toEqual(
      s.warTimeline.agreementIds,
    );
  });
  it('figure charts: every value drawn is a value of figures.json, with its reporter', () => {
    const dead = prepareCountingTheDead(d.figures, d.actors, d.sources, s.countingTheDead).data;
    const contingent = prepareContingent(d.figures, d.actors, d.sources, s.contingent).data;
    const exodus = prepareExodus(d.figures, d.actors, d.sources, s.exodus).data;
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
    const { data: input } = prepareIncidents(d.events, d.places, d.sources, line, s.incidents);
    expect(input.incidents.some((i) => i.inCluster)).toBe(true);
    for (const i of input.incidents)
      if (i.distanceKm !== undefined) expect(i.distanceKm).toBeGreaterThanOrEqual(0);
  });
});

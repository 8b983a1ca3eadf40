import { describe, expect, it } from 'vitest';
import { renderSvg } from '../core/renderSvg.ts';
import { defaults, layoutIncidents } from './incidentsLayout.ts';
import type { Incident, IncidentsData } from './incidentsTypes.ts';
import { incidentsScene } from './incidentsScene.ts';
import { overlaps, textBoxes } from '../testing/textBoxes.ts';

const inc = (id: string, date: string, extra: Partial<Incident> = {}): Incident => ({
  id,
  date,
  title: id,
  category: 'clash',
  inCluster: date.startsWith('2022-03') || date.startsWith('2022-04'),
  place: 'Parukh',
  distanceKm: 0.6,
  approximate: false,
  ...extra,
});
const data: IncidentsData = {
  from: '2021-01',
  to: '2022-12',
  cluster: { from: '2022-03', to: '2022-04' },
  incidents: [
    inc('quad', '2021-08-11', { place: undefined, distanceKm: undefined }),
    inc('a', '2022-03-24'),
    inc('b', '2022-03-25'),
    inc('c', '2022-04-15', { distanceKm: 0.8 }),
    inc('far', '2022-09-12', { distanceKm: 48 }),
  ],
};
const layout = (d: IncidentsData, width = 640) => layoutIncidents(d, { ...defaults, width });

describe('incident strip', () => {
  const l = layout(data);
  it('stacks incidents of the same month upwards', () => {
    const [a, b] = l.squares.filter((s) => s.date.startsWith('2022-03'));
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeLessThan(a!.y);
  });
  it('labels the cluster with its months and how many incidents fell in it', () => {
    expect(l.cluster?.label.text).toBe('Mar–Apr 2022: 3 incidents');
  });
  it('keeps month labels from overlapping at phone width, thinning them', () => {
    const narrow = layout(data, 288);
    expect(narrow.monthTicks.length).toBeLessThan(24);
    expect(narrow.yearTicks.map((t) => t.label)).toEqual(['2021', '2022']);
  });
  it('leaves out incidents outside the months shown', () => {
    expect(layout({ ...data, incidents: [inc('old', '2019-05-01')] }).squares).toEqual([]);
  });
  it('draws no cluster when none is configured or none of its months is shown', () => {
    expect(layout({ ...data, cluster: undefined }).cluster).toBeUndefined();
    expect(
      layout({ ...data, cluster: { from: '2019-01', to: '2019-02' } }).cluster,
    ).toBeUndefined();
  });
  it('ends the cluster label at the band where it would run off the right edge', () => {
    const late = layout({ ...data, cluster: { from: '2022-12', to: '2022-12' } }, 288);
    expect(late.cluster?.label.anchor).toBe('end');
  });
});

describe('distances', () => {
  const d = layout(data).distances;
  it('starts the km scale at the line and places each incident by its distance', () => {
    const near = d.rows.find((r) => r.id === 'a')!;
    const far = d.rows.find((r) => r.id === 'far')!;
    expect(near.dot!.x).toBeGreaterThan(d.x0);
    expect(far.dot!.x).toBeGreaterThan(near.dot!.x);
    expect(d.ticks[0]!.label).toBe('2020 line');
  });
  it('says so when an incident has no place to measure from', () => {
    const quad = d.rows.find((r) => r.id === 'quad')!;
    expect(quad.dot).toBeUndefined();
    expect(quad.value.map((v) => v.text).join(' ')).toBe('no place with coordinates');
  });
  it('marks distances measured to an approximate part of the line', () => {
    const l = layout({
      ...data,
      incidents: [inc('x', '2022-08-01', { approximate: true, distanceKm: 1.5 })],
    });
    expect(l.distances.rows[0]!.value[0]!.text).toBe('≈ 1.5 km');
    expect(l.distances.note.length).toBeGreaterThan(0);
  });
  it('draws a single incident and none at all', () => {
    expect(layout({ ...data, incidents: [inc('a', '2022-03-24')] }).distances.rows).toHaveLength(1);
    const empty = layout({ ...data, incidents: [] });
    expect(empty.squares).toEqual([]);
    expect(() => incidentsScene(empty, {})).not.toThrow();
  });
});

describe('incident states', () => {
  const l = layout(data);
  it('picks out the cluster from step 2 and shows distances from step 3', () => {
    const one = renderSvg(incidentsScene(l, { step: 1 }));
    expect(one).toMatch(/class="cluster" opacity="0"/);
    expect(one).not.toContain('bar highlighted');
    const two = renderSvg(incidentsScene(l, { step: 2 }));
    expect(two).toContain('bar highlighted');
    expect(two).toMatch(/class="distances" opacity="0"/);
    expect(renderSvg(incidentsScene(l, {}))).toMatch(/class="distances" opacity="1"/);
  });
  it('hides incidents dated after `until`', () => {
    const svg = renderSvg(incidentsScene(l, { until: '2022-03-24' }));
    expect(svg).toMatch(/data-id="a" [^>]*opacity="1"/);
    expect(svg).toMatch(/data-id="far" [^>]*opacity="0"/);
  });
});

describe('incidents names option', () => {
  const named: IncidentsData = {
    ...data,
    incidents: data.incidents.map((i) =>
      i.place
        ? {
            ...i,
            placeNames: { en: 'Parukh', hy: 'Parukh', az: 'Fərrux', both: 'Parukh / Farrukh' },
          }
        : i,
    ),
  };
  const rowLabels = (l: ReturnType<typeof layoutIncidents>) =>
    l.distances.rows.flatMap((r) => r.label.map((t) => t.text)).join(' ');

  it('names the place measured from in English by default', () => {
    expect(rowLabels(layout(named))).toContain('Parukh');
  });

  it('names it in the convention asked for, with no overlaps at the narrow width', () => {
    const l = layoutIncidents(named, { ...defaults, width: 288, names: 'az' });
    expect(rowLabels(l)).toContain('Fərrux');
    expect(rowLabels(l)).not.toContain('Parukh');
    const boxes = textBoxes(incidentsScene(l, {}));
    expect(overlaps(boxes).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { renderStaticMap, type MapPlace, type StaticAnnotation } from './staticMap.ts';
import type { ResolvedAnnotation, ScreenBox } from '../shared/annotations.ts';

// Two villages 5 km apart, each with a dated marker whose words are long: the March 2022 case,
// where a word belonging to Khramort used to be drawn over Parukh.
const parukh: [number, number] = [46.8, 39.95];
const khramort: [number, number] = [46.83, 39.93];
const place = (id: string, label: string, [lon, lat]: [number, number]): MapPlace => ({
  id,
  label,
  lon,
  lat,
  priority: 1,
  approximate: false,
});
const annotations: ResolvedAnnotation[] = [
  {
    type: 'marker',
    at: parukh,
    date: '2022-03-25',
    text: 'positions taken nearby',
    side: 'azerbaijani',
  },
  {
    type: 'marker',
    at: khramort,
    date: '2022-03-24',
    text: 'women and children evacuated',
    side: 'armenian',
  },
  { type: 'label', at: [46.9, 39.99], text: 'Karaglukh height' },
];
/** The two villages (and any others) with the annotations, in a 720×540 frame round them. */
const mapWith = (others: MapPlace[] = []) =>
  renderStaticMap({
    geometry: {},
    layers: [],
    places: [place('parukh', 'Parukh', parukh), place('khramort', 'Khramort', khramort), ...others],
    highlight: ['parukh'],
    camera: {
      bounds: [
        [46.6, 39.8],
        [47.0, 40.1],
      ],
    },
    width: 720,
    height: 540,
    annotations,
  });
const map = mapWith();
const words = map.annotations.filter(
  (a): a is Extract<StaticAnnotation, { kind: 'text' }> => a.kind === 'text',
);
const gap = (b: ScreenBox, x: number, y: number) =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
const boxGap = (a: ScreenBox, b: ScreenBox) =>
  Math.hypot(Math.max(b.x0 - a.x1, 0, a.x0 - b.x1), Math.max(b.y0 - a.y1, 0, a.y0 - b.y1));
const overlap = (a: ScreenBox, b: ScreenBox) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const points = map.annotations.flatMap((a) => (a.kind === 'marker' ? [a] : []));

describe('renderStaticMap: annotation words', () => {
  it('draws each marker’s words by its own marker, in both label sets', () => {
    for (const set of ['wide', 'narrow'] as const) {
      const mine = words.filter((w) => w.set === set && w.key?.startsWith('marker-'));
      // Every marker keeps at least its date.
      expect(mine.map((w) => w.text.slice(0, 11)).sort()).toEqual(['24 Mar 2022', '25 Mar 2022']);
      for (const w of mine) {
        const own = points.find((p) =>
          w.key === 'marker-azerbaijani'
            ? p.key === 'marker-azerbaijani'
            : p.key === 'marker-armenian',
        )!;
        const others = points.filter((p) => p !== own);
        const scale = set === 'narrow' ? 17 / 12 : 1;
        // By its own point, or going on from the label of its place…
        const label = (set === 'wide' ? map.labels : map.labelsNarrow).find(
          (l) => Math.hypot(l.x - own.x, l.y - own.y) < 1,
        );
        const attached = Math.min(
          gap(w.box, own.x, own.y),
          label ? boxGap(w.box, label.box) : Infinity,
        );
        expect(attached, `${set}: "${w.text}"`).toBeLessThanOrEqual(14 * scale + 1);
        // …and nearer its own point than the other marker.
        for (const o of others)
          expect(gap(w.box, o.x, o.y), `${set}: "${w.text}"`).toBeGreaterThan(
            gap(w.box, own.x, own.y),
          );
      }
    }
  });

  it('never draws words over a place’s name or another word', () => {
    for (const set of ['wide', 'narrow'] as const) {
      const mine = words.filter((w) => w.set === set);
      const labels = set === 'wide' ? map.labels : map.labelsNarrow;
      for (const w of mine) {
        for (const l of labels)
          expect(overlap(w.box, l.box), `"${w.text}" over ${l.id}`).toBe(false);
        for (const o of mine)
          if (o !== w) expect(overlap(w.box, o.box), `"${w.text}" over "${o.text}"`).toBe(false);
      }
    }
  });

  it('anchors words left of their point at their end, so the shorter real text stays close', () => {
    for (const w of words) {
      const mid = (w.box.x0 + w.box.x1) / 2;
      expect(w.x).toBe(w.anchor === 'end' ? w.box.x1 : w.box.x0);
      if (w.anchor === 'end') expect(mid).toBeLessThan(w.box.x1);
    }
  });
});

describe('renderStaticMap: annotation words in a crowded view', () => {
  // Four villages round Khramort take the spots beside its marker: its words must not drift
  // two lines away, where a reader would take them for a neighbour's.
  const around: [number, number][] = [
    [46.845, 39.935],
    [46.815, 39.935],
    [46.845, 39.925],
    [46.815, 39.925],
  ];
  const crowded = mapWith(around.map((at, i) => place(`v${i}`, `Village ${i}`, at)));

  it('puts words within a line’s reach of their point, or leaves them out', () => {
    for (const w of crowded.annotations) {
      if (w.kind !== 'text') continue;
      const scale = w.set === 'narrow' ? 17 / 12 : 1;
      const at =
        w.key === 'marker-armenian' ? khramort : w.key === 'marker-azerbaijani' ? parukh : null;
      if (!at) continue;
      const own = crowded.points.find((p) => p.lon === at[0] && p.lat === at[1])!;
      const labels = w.set === 'wide' ? crowded.labels : crowded.labelsNarrow;
      const label = labels.find((l) => l.id === own.id);
      const attached = Math.min(
        gap(w.box, own.x, own.y),
        label ? boxGap(w.box, label.box) : Infinity,
      );
      expect(attached, `${w.set}: "${w.text}"`).toBeLessThanOrEqual(14 * scale + 1);
    }
  });
});

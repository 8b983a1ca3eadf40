import { describe, expect, it } from 'vitest';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';
import { layoutLabels, type LabelCandidate } from './labelLayout.ts';

const map = new FakeMap({
  container: new FakeElement('div', 400, 300),
  center: [46.75, 39.8],
  zoom: 9,
});
const place = (id: string, lon: number, lat: number, priority = 2): LabelCandidate => ({
  id,
  text: id,
  lon,
  lat,
  priority,
});

describe('layoutLabels', () => {
  it('projects places with the map and labels them', () => {
    const { points, labels } = layoutLabels(asMapLibre(map), [place('stepanakert', 46.75, 39.8)], {
      width: 400,
      height: 300,
    });
    expect(points).toEqual([{ id: 'stepanakert', x: 200, y: 150 }]);
    expect(labels.map((l) => l.id)).toEqual(['stepanakert']);
  });

  it('leaves out places outside the map', () => {
    const { points } = layoutLabels(
      asMapLibre(map),
      [place('in', 46.75, 39.8), place('far', 49, 41)],
      { width: 400, height: 300 },
    );
    expect(points.map((p) => p.id)).toEqual(['in']);
  });

  it('gives highlighted places first pick when labels collide', () => {
    // Two places a few hundred metres apart: only one label fits beside and around them.
    const a = place('aaaaaaaaaaaaaaaaaaaaaaaaa', 46.75, 39.8, 0);
    const b = place('bbbbbbbbbbbbbbbbbbbbbbbbb', 46.751, 39.8, 6);
    const plain = layoutLabels(asMapLibre(map), [a, b], { width: 400, height: 300 });
    const hot = layoutLabels(asMapLibre(map), [a, b], {
      width: 400,
      height: 300,
      highlighted: new Set([b.id]),
    });
    expect(plain.labels[0]?.id).toBe(a.id);
    expect(hot.labels[0]?.id).toBe(b.id);
  });

  it('sizes label boxes from the measured glyph width', () => {
    const [narrow] = layoutLabels(asMapLibre(map), [place('stepanakert', 46.75, 39.8)], {
      width: 400,
      height: 300,
      charWidth: 0.5,
    }).labels;
    const [wide] = layoutLabels(asMapLibre(map), [place('stepanakert', 46.75, 39.8)], {
      width: 400,
      height: 300,
      charWidth: 0.7,
    }).labels;
    expect(wide!.box.x1 - wide!.box.x0).toBeGreaterThan(narrow!.box.x1 - narrow!.box.x0);
  });
});

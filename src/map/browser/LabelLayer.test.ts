import { describe, expect, it } from 'vitest';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';
import { LabelLayer } from './LabelLayer.ts';
import type { MapLabelPlace } from '../shared/storyMapPlaces.ts';

const places: MapLabelPlace[] = [
  {
    id: 'lachin',
    lon: 46.55,
    lat: 39.64,
    priority: 2,
    approximate: false,
    names: { en: 'Lachin', hy: 'Berdzor', az: 'Laçın', both: 'Berdzor / Lachin' },
  },
  {
    id: 'parukh',
    lon: 46.8,
    lat: 39.9,
    priority: 4,
    approximate: true,
    names: { en: 'Parukh', hy: 'Parukh', az: 'Fərrux', both: 'Parukh / Farrukh' },
  },
];
// The fake DOM stands in for the real one: only the calls the layer makes exist. (any: test double.)
const layerIn = (parent: FakeElement) => new LabelLayer(parent as any, places, 13);
const labelOf = (parent: FakeElement, id: string) =>
  (parent.children[0] as FakeElement).children.find(
    (c) => c instanceof FakeElement && c.dataset.place === id,
  ) as FakeElement;
const box = { x0: 10, y0: 20, x1: 60, y1: 36 };

describe('LabelLayer', () => {
  it('creates one hidden label per place carrying every spelling, English shown', () => {
    const parent = new FakeElement();
    layerIn(parent);
    const label = labelOf(parent, 'lachin');
    expect(label.className).toBe('map-label');
    expect(label.hidden).toBe(true);
    expect(label.dataset).toMatchObject({
      place: 'lachin',
      en: 'Lachin',
      hy: 'Berdzor',
      az: 'Laçın',
      both: 'Berdzor / Lachin',
    });
    expect(label.children[0]).toEqual({ data: 'Lachin' });
  });

  it('says "(approx.)" to screen readers for places whose sources disagree', () => {
    const parent = new FakeElement();
    layerIn(parent);
    const label = labelOf(parent, 'parukh');
    expect(label.className).toContain('is-approximate');
    expect((label.children[1] as FakeElement).textContent).toBe(' (approx.)');
  });

  it('shows placed labels and points, hides the rest, marks highlights', () => {
    const parent = new FakeElement();
    const layer = layerIn(parent);
    const ids = layer.render(
      {
        points: [
          { id: 'lachin', x: 5, y: 28 },
          { id: 'parukh', x: 100, y: 100 },
        ],
        labels: [
          {
            id: 'lachin',
            text: 'Lachin',
            x: 5,
            y: 28,
            priority: 2,
            labelX: 11,
            labelY: 32,
            anchor: 'start',
            box,
          },
        ],
      },
      new Set(['lachin']),
    );
    expect(ids).toEqual(['lachin']);
    const label = labelOf(parent, 'lachin');
    expect(label.hidden).toBe(false);
    expect(label.className).toContain('is-highlighted');
    expect(label.style).toMatchObject({ transform: 'translate(10.0px, 20.0px)', width: '50.0px' });
    expect(labelOf(parent, 'parukh').hidden).toBe(true);
  });

  it('never shows a dot without its name: a place with no room for its label is left out unless highlighted', () => {
    const parent = new FakeElement();
    const layer = layerIn(parent);
    const pointOf = (id: string) => {
      const label = labelOf(parent, id);
      const siblings = (parent.children[0] as FakeElement).children;
      return siblings[siblings.indexOf(label) - 1] as FakeElement;
    };
    const layout = {
      points: [
        { id: 'lachin', x: 5, y: 28 },
        { id: 'parukh', x: 100, y: 100 },
      ],
      labels: [],
    };
    layer.render(layout, new Set());
    expect(pointOf('parukh').hidden).toBe(true);
    expect(pointOf('lachin').hidden).toBe(true);
    layer.render(layout, new Set(['parukh']));
    expect(pointOf('parukh').hidden).toBe(false);
  });

  it('switches naming convention in place', () => {
    const parent = new FakeElement();
    const layer = layerIn(parent);
    layer.setNameMode('az');
    expect(labelOf(parent, 'lachin').children[0]).toEqual({ data: 'Laçın' });
  });

  it("lays out the named places for the map's camera, measuring names in the current convention", () => {
    const parent = new FakeElement('div', 400, 300);
    const map = new FakeMap({ container: parent, center: [46.55, 39.64], zoom: 9 });
    const layer = layerIn(parent);
    expect(layer.update(asMapLibre(map), ['lachin', 'lachin', 'unknown'], new Set())).toEqual([
      'lachin',
    ]);
    const en = labelOf(parent, 'lachin').style.width;
    layer.setNameMode('both');
    layer.update(asMapLibre(map), ['lachin'], new Set());
    // "Berdzor / Lachin" needs a wider box than "Lachin".
    expect(parseFloat(labelOf(parent, 'lachin').style.width!)).toBeGreaterThan(parseFloat(en!));
    expect(labelOf(parent, 'parukh').hidden).toBe(true);
  });

  it('removes everything it added on destroy', () => {
    const parent = new FakeElement();
    const layer = layerIn(parent);
    expect(parent.children).toHaveLength(1);
    layer.destroy();
    expect(parent.children).toHaveLength(0);
  });
});

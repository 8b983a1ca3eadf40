/**
 * Ships to the browser, in the map chunk loaded on demand.
 * Place labels as DOM text over the MapLibre canvas: Armenian and Azerbaijani spellings render
 * with the page's fonts, screen readers read them, and no glyph server is needed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { NameMode } from '../../lib/placeName.ts';
import { layoutLabels, type LabelLayout } from './labelLayout.ts';
import { labelDefaults } from '../shared/placeLabels.ts';
import type { ScreenBox } from '../shared/annotations.ts';
import type { MapLabelPlace } from '../shared/storyMapPlaces.ts';

interface PlaceNodes {
  place: MapLabelPlace;
  point: HTMLElement;
  label: HTMLElement;
  name: Text;
}

/** The DOM of the labels: one point and one label element per place, hidden until placed. */
export class LabelLayer {
  readonly element: HTMLElement;
  /** Average glyph width as a share of the font size, measured by {@link LabelLayer.measure}. */
  charWidth = labelDefaults.charWidth;
  private readonly nodes = new Map<string, PlaceNodes>();
  private mode: NameMode = 'en';
  private readonly fontSize: number;
  private last: LabelLayout = { points: [], labels: [] };

  constructor(parent: HTMLElement, places: readonly MapLabelPlace[], fontSize: number) {
    this.fontSize = fontSize;
    const doc = parent.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'map-labels';
    for (const place of places) {
      const point = doc.createElement('span');
      point.className = place.approximate ? 'map-point is-approximate' : 'map-point';
      point.setAttribute('aria-hidden', 'true');
      point.hidden = true;
      const label = doc.createElement('span');
      label.className = place.approximate ? 'map-label is-approximate' : 'map-label';
      label.dataset.place = place.id;
      Object.assign(label.dataset, place.names);
      label.hidden = true;
      const name = doc.createTextNode(place.names.en);
      label.append(name);
      if (place.approximate) {
        // Said, not only drawn: the dashed ring alone would be lost on a screen reader.
        const note = doc.createElement('span');
        note.className = 'visually-hidden';
        note.textContent = ' (approx.)';
        label.append(note);
      }
      this.element.append(point, label);
      this.nodes.set(place.id, { place, point, label, name });
    }
    parent.append(this.element);
  }

  /** Names every label in a naming convention; call {@link LabelLayer.measure} and re-render after. */
  setNameMode(mode: NameMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    for (const { place, name } of this.nodes.values()) name.data = place.names[mode];
  }

  /**
   * Measures the names in the labels' own font so the estimated label boxes used for collision
   * are never narrower than the text: the widest glyph share wins. Needs a browser; elsewhere the
   * default estimate stays.
   */
  measure(): void {
    const first = this.nodes.values().next().value;
    const ctx = first
      ? this.element.ownerDocument.createElement('canvas').getContext?.('2d')
      : null;
    if (!first || !ctx || typeof getComputedStyle !== 'function') return;
    ctx.font = getComputedStyle(first.label).font;
    let widest = 0;
    for (const { place } of this.nodes.values()) {
      const text = place.names[this.mode];
      widest = Math.max(widest, ctx.measureText(text).width / (text.length * this.fontSize));
    }
    if (widest > 0) this.charWidth = widest * 1.04;
  }

  /**
   * Lays out the labels of these places for the map's current camera and shows them, hiding all
   * others; no label goes over the `avoid` boxes. Returns the ids labelled (some may have had no
   * room).
   */
  update(
    map: Pick<MapLibreMap, 'project' | 'getContainer'>,
    ids: Iterable<string>,
    highlighted: ReadonlySet<string>,
    avoid: readonly ScreenBox[] = [],
  ): string[] {
    const candidates = [...new Set(ids)].flatMap((id) => {
      const place = this.nodes.get(id)?.place;
      if (!place) return [];
      const { lon, lat, priority } = place;
      return [{ id, text: place.names[this.mode], lon, lat, priority }];
    });
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const { fontSize, charWidth } = this;
    return this.render(
      layoutLabels(map, candidates, { width, height, highlighted, fontSize, charWidth, avoid }),
      highlighted,
    );
  }

  /**
   * Shows the points and labels of a layout and hides all others; a point whose label found no
   * room is hidden too, unless highlighted. Returns the labelled ids.
   */
  render(layout: LabelLayout, highlighted: ReadonlySet<string>): string[] {
    this.last = layout;
    const points = new Map(layout.points.map((p) => [p.id, p]));
    const labels = new Map(layout.labels.map((l) => [l.id, l]));
    for (const [id, { point, label }] of this.nodes) {
      const p = points.get(id);
      const l = labels.get(id);
      const hot = highlighted.has(id);
      // No dot without its name: a place whose label has no room at this zoom is left out
      // (zooming in makes room), unless it is highlighted.
      point.hidden = !p || (!l && !hot);
      label.hidden = !l;
      point.classList.toggle('is-highlighted', hot);
      label.classList.toggle('is-highlighted', hot);
      if (p) point.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
      if (l) {
        label.style.transform = `translate(${l.box.x0.toFixed(1)}px, ${l.box.y0.toFixed(1)}px)`;
        label.style.width = `${(l.box.x1 - l.box.x0).toFixed(1)}px`;
        label.dataset.anchor = l.anchor;
      }
    }
    return layout.labels.map((l) => l.id).sort();
  }

  /** Screen boxes of the points and labels (their letters) last shown, for other marks to keep clear of. */
  boxes(): { x0: number; y0: number; x1: number; y1: number }[] {
    return [
      ...this.last.points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 })),
      ...this.last.labels.map((l) => this.inkBox(l)),
    ];
  }

  /**
   * Each label last shown with its place's point, for words about a place to sit by its name.
   * The box is the name's letters where they can be measured, not the layout's estimate (often
   * wider): words that go on from a name start a word space after its last letter, not 20 px on.
   */
  labelled(): { x: number; y: number; box: ScreenBox }[] {
    const points = new Map(this.last.points.map((p) => [p.id, p]));
    return this.last.labels.flatMap((l) => {
      const p = points.get(l.id);
      return p ? [{ x: p.x, y: p.y, box: this.inkBox(l) }] : [];
    });
  }

  /** A label's box cut to its name's letters, where they can be measured (see labelled). */
  private inkBox(l: LabelLayout['labels'][number]): ScreenBox {
    const nodes = this.nodes.get(l.id);
    const ink = nodes ? this.inkWidth(nodes) : null;
    if (ink === null || ink >= l.box.x1 - l.box.x0) return l.box;
    // Aligned in its box as its anchor says (StoryMap.astro): right at its end, centred in the
    // middle, else left.
    if (l.anchor === 'end') return { ...l.box, x0: l.box.x1 - ink };
    if (l.anchor === 'middle') {
      const mid = (l.box.x0 + l.box.x1) / 2;
      return { ...l.box, x0: mid - ink / 2, x1: mid + ink / 2 };
    }
    return { ...l.box, x1: l.box.x0 + ink };
  }

  private inkWidths = new Map<string, number>();
  private ctx: CanvasRenderingContext2D | null | undefined;

  /** Width of a label's name in its own font, px (a canvas measures it); null where none can. */
  private inkWidth({ label, name }: PlaceNodes): number | null {
    if (typeof getComputedStyle !== 'function') return null;
    const font = getComputedStyle(label).font;
    const key = `${font}|${name.data}`;
    const known = this.inkWidths.get(key);
    if (known !== undefined) return known;
    this.ctx ??= label.ownerDocument.createElement('canvas').getContext?.('2d') ?? null;
    if (!this.ctx) return null;
    this.ctx.font = font;
    const width = this.ctx.measureText(name.data).width;
    this.inkWidths.set(key, width);
    return width;
  }

  /** Removes everything the constructor added. */
  destroy(): void {
    this.element.remove();
    this.nodes.clear();
  }
}

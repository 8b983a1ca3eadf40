/**
 * Ships to the browser, in the map chunk loaded on demand.
 * Country names as DOM text over the MapLibre canvas, placed by the same rules as the static maps
 * (placeCountryLabels), under the place labels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  countryLabelDefaults,
  placeCountryLabels,
  type CountryLabelCandidates,
  type PlacedCountryLabel,
} from '../shared/countryLabels.ts';
import type { ScreenBox } from '../shared/annotations.ts';

/** The DOM of the country names: one element per named country, hidden until placed. */
export class CountryLabelLayer {
  readonly element: HTMLElement;
  private readonly nodes = new Map<string, HTMLElement>();
  private readonly countries: readonly CountryLabelCandidates[];
  private placed: PlacedCountryLabel[] = [];

  constructor(parent: HTMLElement, countries: readonly CountryLabelCandidates[]) {
    this.countries = countries;
    const doc = parent.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'map-country-labels';
    this.element.setAttribute('aria-hidden', 'true');
    for (const c of countries) {
      const label = doc.createElement('span');
      label.className = 'map-country-label';
      label.dataset.country = c.iso;
      label.textContent = c.name.toUpperCase();
      label.hidden = true;
      this.element.append(label);
      this.nodes.set(c.iso, label);
    }
    parent.append(this.element);
  }

  /**
   * Places the names for the current camera, clear of these screen points and out from under
   * these boxes. Returns the isos shown.
   */
  update(
    map: Pick<MapLibreMap, 'project' | 'getContainer'>,
    avoid: readonly { x: number; y: number }[],
    covered: readonly ScreenBox[] = [],
    /** Layer ids of the areas shown: names keep out of them (placeCountryLabels). */
    areas: ReadonlySet<string> = new Set(),
  ): string[] {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const placed = placeCountryLabels(
      this.countries,
      ([lon, lat]) => {
        const p = map.project([lon, lat]);
        return { x: p.x, y: p.y };
      },
      { width, height, avoid, covered, areas },
    );
    this.placed = placed;
    const at = new Map(placed.map((p) => [p.iso, p]));
    for (const [iso, node] of this.nodes) {
      const p = at.get(iso);
      node.hidden = !p;
      if (p)
        node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%)`;
    }
    return placed.map((p) => p.iso).sort();
  }

  /**
   * Screen boxes of the names last shown, for annotation words to keep clear of: as wide as the
   * placement reckons them (spaced capitals) and a little taller than the letters, for the halo.
   */
  boxes(): ScreenBox[] {
    const { fontSize, charWidth } = countryLabelDefaults;
    return this.placed.map((p) => {
      const half = (p.name.length * fontSize * charWidth) / 2 + 2;
      const halfH = fontSize * 0.7;
      return { x0: p.x - half, y0: p.y - halfH, x1: p.x + half, y1: p.y + halfH };
    });
  }

  destroy(): void {
    this.element.remove();
    this.nodes.clear();
  }
}

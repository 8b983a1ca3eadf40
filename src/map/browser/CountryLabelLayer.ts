/**
 * Ships to the browser, in the map chunk loaded on demand.
 * Country names as DOM text over the MapLibre canvas, placed by the same rules as the static maps
 * (placeCountryLabels), under the place labels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeCountryLabels, type CountryLabelCandidates } from '../shared/countryLabels.ts';

/** The DOM of the country names: one element per named country, hidden until placed. */
export class CountryLabelLayer {
  readonly element: HTMLElement;
  private readonly nodes = new Map<string, HTMLElement>();
  private readonly countries: readonly CountryLabelCandidates[];

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

  /** Places the names for the current camera, clear of these screen points. Returns the isos shown. */
  update(
    map: Pick<MapLibreMap, 'project' | 'getContainer'>,
    avoid: readonly { x: number; y: number }[],
  ): string[] {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const placed = placeCountryLabels(
      this.countries,
      ([lon, lat]) => {
        const p = map.project([lon, lat]);
        return { x: p.x, y: p.y };
      },
      { width, height, avoid },
    );
    const at = new Map(placed.map((p) => [p.iso, p]));
    for (const [iso, node] of this.nodes) {
      const p = at.get(iso);
      node.hidden = !p;
      if (p)
        node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%)`;
    }
    return placed.map((p) => p.iso).sort();
  }

  destroy(): void {
    this.element.remove();
    this.nodes.clear();
  }
}

import { cssVarName } from '../../styles/tokens.ts';
import {
  ANNOTATION_LEGEND,
  ARROW_WIDTH,
  ROUTE_STYLES,
  annotationColor,
  type AnnotationKey,
  type RouteStyle,
} from './annotations.ts';

/** Options of {@link annotationCss}. */
export interface AnnotationCssOptions {
  /** Selectors of the maps whose marks carry the keys as classes: static SVG and live map. */
  scopes: readonly string[];
  /** The static SVG's scope, where route lines are `<path class="annotation-line <key>">`. */
  svgScope: string;
}

export const annotationCssDefaults: AnnotationCssOptions = {
  scopes: ['.static-map', '.story-map'],
  svgScope: '.static-map',
};

/**
 * The CSS that colours step annotations from src/map/shared/annotations.ts: each mark's class
 * (its legend key) sets `--mark` to the key's colour, in the static maps and over the live map
 * alike; and each route style's width and dashes for the static maps' lines (the live map draws
 * them with the same numbers, see mapStyle.ts), arrows at ARROW_WIDTH. Minified, for the layouts' inline style.
 */
export function annotationCss(options: Partial<AnnotationCssOptions> = {}): string {
  const { scopes, svgScope } = { ...annotationCssDefaults, ...options };
  const keys = Object.keys(ANNOTATION_LEGEND) as AnnotationKey[];
  const colours = keys.map(
    (key) =>
      `${scopes.map((s) => `${s} .${key}`).join(',')}{--mark:var(${cssVarName(annotationColor(key))})}`,
  );
  const routes = (
    Object.entries(ROUTE_STYLES) as [RouteStyle, (typeof ROUTE_STYLES)[RouteStyle]][]
  ).map(
    ([style, { width, dash }]) =>
      `${svgScope} .annotation-line.${style}{stroke-width:${width}${dash ? `;stroke-dasharray:${dash.join(' ')}` : ''}}`,
  );
  // Arrows take the base width; each route style's own rule is more specific.
  return [...colours, `${svgScope} .annotation-line{stroke-width:${ARROW_WIDTH}}`, ...routes].join(
    '',
  );
}

import { layerPaint } from '../../map/shared/layerPaint.ts';
import { layers } from '../../map/shared/layers.ts';
import type { StaticMapOutput } from '../../map/build/staticMap.ts';
import { palette } from '../../styles/tokens.ts';
import { escapeHtml } from '../escapeHtml.ts';

type Colors = (typeof palette)['light'];

/**
 * Presentation attributes for one layer's path, from the registry's paint (the static maps take
 * the same paint as CSS: layerCss): resvg draws the card, and it reads no custom properties.
 */
function layerStyle(path: StaticMapOutput['paths'][number], c: Colors): string {
  const p = layerPaint(layers[path.layer], path.variant);
  return [
    `fill="${p.fill ? c[p.fill] : 'none'}"`,
    ...(p.fill && p.fillOpacity !== 1 ? [`fill-opacity="${p.fillOpacity}"`] : []),
    `stroke="${c[p.stroke]}"`,
    `stroke-width="${p.strokeWidth}"`,
    ...(p.dash ? [`stroke-dasharray="${p.dash.join(' ')}"`] : []),
  ].join(' ');
}

/**
 * A static map (from renderStaticMap) as SVG markup for a raster share card: the same shapes,
 * places and wide-screen labels as the story's maps, with colours as attributes rather than CSS.
 */
export function mapSvg(map: StaticMapOutput, colors: Colors = palette.light): string {
  const c = colors;
  const highlighted = new Set(map.points.filter((p) => p.highlighted).map((p) => p.id));
  const paths = map.paths.map((p) => `<path d="${p.d}" ${layerStyle(p, c)}/>`);
  const points = map.points.map(
    (p) =>
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.highlighted ? 6 : 4.5}" ` +
      `fill="${p.highlighted ? c.placeHighlight : c.place}" stroke="${c.halo}" stroke-width="1.5"/>`,
  );
  const labels = map.labels.map(
    (l) =>
      `<text x="${l.labelX.toFixed(1)}" y="${l.labelY.toFixed(1)}" text-anchor="${l.anchor}" ` +
      `fill="${highlighted.has(l.id) ? c.placeHighlight : c.text}">${escapeHtml(l.text)}</text>`,
  );
  return [
    `<rect width="${map.width}" height="${map.height}" fill="${c.water}"/>`,
    ...paths,
    ...points,
    `<g font-size="13" font-weight="600" paint-order="stroke" stroke="${c.halo}" ` +
      `stroke-width="3" stroke-linejoin="round">${labels.join('')}</g>`,
  ].join('');
}

import { layers } from '../../map/shared/layers.ts';
import type { StaticMapOutput } from '../../map/build/staticMap.ts';
import { palette } from '../../styles/tokens.ts';
import { escapeHtml } from '../escapeHtml.ts';

type Colors = (typeof palette)['light'];

/** Presentation attributes for one layer's path: StaticMap.astro's CSS, written out for resvg. */
function layerStyle(path: StaticMapOutput['paths'][number], c: Colors): string {
  const def = layers[path.layer];
  if (path.layer === 'countries') {
    return `fill="${c.land}" stroke="${c.border}" stroke-width="0.8"`;
  }
  if (path.layer === 'water') return `fill="none" stroke="${c.waterLine}" stroke-width="1"`;
  const color = path.variant === 'handed-over' ? c.districtHanded : c[def.color];
  const dash = def.dash ? ` stroke-dasharray="${def.dash.join(' ')}"` : '';
  if (def.kind === 'line') {
    return `fill="none" stroke="${color}" stroke-width="${def.strokeWidth ?? 1}"${dash}`;
  }
  const stroke = path.layer === 'held-2020-2023' ? 'stroke="none"' : `stroke="${color}"`;
  return `fill="${color}" fill-opacity="${def.opacity ?? 1}" ${stroke} stroke-width="0.8"${dash}`;
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

/**
 * The widths, in px, at which every chart is laid out. The build writes one SVG per width and CSS
 * container queries show the widest one that fits (src/components/charts/chart.css repeats these
 * numbers; a test keeps them in step). An SVG is only ever scaled up, by less than the ratio to
 * the next width, so 12 px text never renders smaller than 12 px. The narrowest suits a 320 px
 * phone with 16 px margins; the widest is the chart's maximum width.
 */
export const variantWidths = [288, 440, 640, 960] as const;

/** The layout width shown in a container `width` px wide. */
export function variantFor(width: number): number {
  let chosen: number = variantWidths[0];
  for (const w of variantWidths) if (w <= width) chosen = w;
  return chosen;
}

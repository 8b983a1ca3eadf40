import { scaleLinear } from 'd3-scale';
import { shortDate } from '../core/chartDate.ts';
import { formatValue } from '../core/formatValue.ts';
import type { Party } from '../core/party.ts';
import type { ReportedValue } from '../core/reported.ts';
import { textWidth } from '../core/textWidth.ts';
import { wrapText } from '../core/wrapText.ts';
import type { ExodusData, ExodusOptions } from './exodusTypes.ts';

/**
 * The exodus: each displacement count of late September–October 2023 as a bar, against the
 * population estimate before the offensive. States: `step` n = the estimate and the first n counts
 * (0 = the estimate alone; default: all); `until` = only counts dated by then.
 */
export const defaults: ExodusOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  barHeight: 22,
  rowGap: 10,
};

/** A bar with its labels. */
export interface ExodusBar extends ReportedValue {
  kind: 'population' | 'displaced';
  party: Party;
  date: string;
  dateLabel: { text: string; x: number; y: number };
  x: number;
  y: number;
  width: number;
  height: number;
  valueLabel: { text: string; x: number; y: number; inside: boolean };
}

/** Geometry of the exodus chart. */
export interface ExodusLayout {
  options: ExodusOptions;
  height: number;
  populationHeading: { text: string; x: number; y: number }[];
  displacedHeading: { text: string; x: number; y: number }[];
  population?: ExodusBar;
  bars: ExodusBar[];
  /** The estimate's x, drawn as a dashed line down through the counts. */
  reference?: { x: number; y1: number; y2: number };
}

/** Lays out "The exodus" at `options.width`. */
export function layoutExodus(data: ExodusData, o: ExodusOptions): ExodusLayout {
  const inner = o.width - 2 * o.margin;
  const pop = data.population?.values[data.population.values.length - 1];
  const counts = [...data.displaced.values].sort((a, b) => a.date.localeCompare(b.date));
  const all = [...(pop ? [pop] : []), ...counts];
  const dateCol = Math.max(
    0,
    ...all.map((v) => textWidth(shortDate(v.date, true), o.smallFontSize)),
  );
  const baseX = o.margin + dateCol + 10;
  const max = Math.max(1, ...all.map((v) => v.upper ?? v.value));
  // Labels go inside the bars when they fit there; otherwise room is kept for them on the right.
  const pad = 8;
  const fitsInside = (v: ReportedValue, right: number) =>
    textWidth(formatValue(v), o.smallFontSize, 'bold') + 2 * pad <=
    ((right - baseX) * v.value) / max;
  let right = o.width - o.margin;
  if (!all.every((v) => fitsInside(v, right)))
    right -= Math.max(...all.map((v) => textWidth(formatValue(v), o.smallFontSize, 'bold'))) + pad;
  const x = scaleLinear().domain([0, max]).range([baseX, right]);

  let y = o.margin;
  const heading = (text: string) => {
    const lines = wrapText(text, inner, o.smallFontSize).map((t, i) => ({
      text: t,
      x: o.margin,
      y: y + o.smallFontSize + i * o.lineHeight,
    }));
    y += lines.length * o.lineHeight + 6;
    return lines;
  };
  const bar = (v: ReportedValue, kind: ExodusBar['kind'], party: Party): ExodusBar => {
    const width = x(v.value) - baseX;
    const text = formatValue(v);
    const inside = textWidth(text, o.smallFontSize, 'bold') + 2 * pad <= width;
    const mid = y + o.barHeight / 2;
    const b: ExodusBar = {
      ...v,
      kind,
      party,
      dateLabel: { text: shortDate(v.date, true), x: o.margin, y: mid + o.smallFontSize * 0.35 },
      x: baseX,
      y,
      width,
      height: o.barHeight,
      valueLabel: {
        text,
        x: inside ? baseX + width - pad : baseX + width + pad,
        y: mid + o.smallFontSize * 0.35,
        inside,
      },
    };
    y += o.barHeight + o.rowGap;
    return b;
  };

  const populationHeading = data.population && pop ? heading(data.population.label) : [];
  const population =
    data.population && pop ? bar(pop, 'population', data.population.party) : undefined;
  if (population) y += 8;
  const displacedHeading = heading(data.displaced.label);
  const firstBarY = y;
  const bars = counts.map((v) => bar(v, 'displaced', data.displaced.party));
  const reference =
    population && bars.length
      ? { x: population.x + population.width, y1: population.y, y2: y - o.rowGap + 4 }
      : undefined;
  return {
    options: o,
    height: Math.max(y, firstBarY) + o.margin,
    populationHeading,
    displacedHeading,
    ...(population ? { population } : {}),
    bars,
    ...(reference ? { reference } : {}),
  };
}

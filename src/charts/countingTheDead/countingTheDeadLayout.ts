import type { PartExtent } from '../core/chartParts.ts';
import { layoutCivilians, type CiviliansLayout } from './civiliansLayout.ts';
import { layoutTolls, type TollsLayout } from './tollsLayout.ts';
import type { CountingTheDeadData, CountingTheDeadOptions } from './countingTheDeadTypes.ts';

/**
 * Counting the dead: how each side's toll grew, report by report (step lines through dated
 * reports, independent tallies beside them), and each side's civilian count as bars. States:
 * `step` 1 = official tolls, 2 = + independent tallies, 3 = + civilians (default: all);
 * `until` = only reports dated by then; `part` 1 = the tolls panel alone, 2 = the civilians alone.
 */
export const defaults: CountingTheDeadOptions = {
  width: 640,
  margin: 10,
  fontSize: 13,
  smallFontSize: 12,
  lineHeight: 16,
  plotHeight: { narrow: 240, wide: 260 },
  directLabelsBelow: 560,
  rowHeight: 24,
  text: {
    tolls: 'The war dead, report by report',
    civilians: 'Civilians killed, as each side reported them',
    monthOnly: 'Dated to the month only',
    hedged: 'Open marker: “more than”, “at least” or “about”',
  },
};

/** Both panels laid out one above the other. */
export interface CountingTheDeadLayout {
  options: CountingTheDeadOptions;
  height: number;
  tolls: TollsLayout;
  civilians: CiviliansLayout;
  /** The two panels' extents, top first (what a state's `part` picks). */
  parts: PartExtent[];
}

/** Lays out both panels at `options.width`. */
export function layoutCountingTheDead(
  data: CountingTheDeadData,
  options: CountingTheDeadOptions,
): CountingTheDeadLayout {
  const tolls = layoutTolls(data.tolls, options, options.margin);
  const civilians = layoutCivilians(
    data.civilians,
    options,
    tolls.bottom + (data.tolls.length ? 28 : 0),
    options.text.civilians,
  );
  return {
    options,
    height: civilians.bottom + options.margin,
    tolls,
    civilians,
    parts: [
      { top: options.margin, bottom: tolls.bottom },
      { top: civilians.top, bottom: civilians.bottom },
    ],
  };
}

import { monthName } from './chartDate.ts';
import { thinTicks, type PlacedTick, type Tick } from './thinTicks.ts';

/** Month steps tried in turn: quarters, half years, years, two years. */
const STEPS = [3, 6, 12, 24] as const;

/**
 * Ticks for a time axis spanning months to years: quarter starts ("Jan 2021", "Apr 2021") where
 * they fit, else half years, else years ("2021", "2022"), so the ticks stay evenly spaced in time
 * and every label carries its year. `x` maps UTC ms to px; labels stay within [minX, maxX].
 */
export function timeTicks(
  t0: number,
  t1: number,
  x: (t: number) => number,
  fontSize: number,
  minX: number,
  maxX: number,
  gap = 10,
): PlacedTick[] {
  let last: Tick[] = [];
  for (const step of STEPS) {
    const ticks: Tick[] = [];
    const first = new Date(t0);
    for (
      let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
      d.getTime() <= t1;
      d.setUTCMonth(d.getUTCMonth() + 1)
    ) {
      const month = d.getUTCMonth();
      const yearly = step >= 12;
      if (d.getTime() < t0 || month % step !== 0 || (step === 24 && d.getUTCFullYear() % 2))
        continue;
      ticks.push({
        x: x(d.getTime()),
        label: yearly
          ? String(d.getUTCFullYear())
          : `${monthName(month + 1)} ${d.getUTCFullYear()}`,
      });
    }
    const placed = thinTicks(ticks, fontSize, minX, maxX, gap);
    if (placed.length === ticks.length) return placed;
    last = ticks;
  }
  return thinTicks(last, fontSize, minX, maxX, gap);
}

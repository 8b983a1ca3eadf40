import { nameModes, type NameMode } from '../../lib/placeName.ts';
import { placeLabels, type LabelOptions, type PlacedLabel } from './placeLabels.ts';

/** Where a label sits in one naming convention; null when it fits nowhere and is hidden. */
export type LabelAt = { x: number; y: number; anchor: PlacedLabel['anchor'] } | null;

/** A label placed for English usage, with its text and, where it differs, its spot in each convention. */
export interface ModeLabel extends PlacedLabel {
  names: Record<NameMode, string>;
  /** Only the conventions whose placement differs from English usage. */
  at: Partial<Record<NameMode, LabelAt>>;
}

/** A map point that may carry a label. */
export interface LabelPoint {
  id: string;
  /** English usage, used where a convention has no name for the point. */
  label: string;
  x: number;
  y: number;
}

// Points whose label English usage could not place go last, so they never push a placed one aside.
const DEMOTED = 1000;
/**
 * placeLabels sizes text by its length. Switched names are wider per letter than that estimate
 * (ə, ğ, ş and "/" in a bold face: about a fifth, measured in Chromium), and unlike English usage
 * they were never checked by eye, so they are placed as if a fifth longer.
 */
const SWITCHED_MARGIN = 1.2;
const padded = (text: string, english: string) =>
  text === english ? text : text.padEnd(Math.ceil(text.length * SWITCHED_MARGIN));

/**
 * Where placeLabels puts the labels in each convention other than English usage (see
 * {@link labelsByMode}), by convention and place id. Other marks placed around the labels (the
 * annotation words) keep clear of these too, so no convention puts a name over them.
 */
export function placedByMode(
  placed: readonly PlacedLabel[],
  points: readonly LabelPoint[],
  names: ReadonlyMap<string, Record<NameMode, string>>,
  options: Partial<LabelOptions>,
): Map<NameMode, Map<string, PlacedLabel>> {
  const placedIds = new Set(placed.map((l) => l.id));
  const nameOf = (id: string, fallback: string, mode: NameMode) =>
    names.get(id)?.[mode] ?? fallback;
  const unplaced = points.filter((p) => !placedIds.has(p.id));
  const byMode = new Map<NameMode, Map<string, PlacedLabel>>();
  for (const mode of nameModes) {
    if (mode === 'en') continue;
    const inputs = [
      ...placed.map((l) => ({
        id: l.id,
        x: l.x,
        y: l.y,
        priority: l.priority,
        text: padded(nameOf(l.id, l.text, mode), l.text),
      })),
      ...unplaced.map((p) => ({
        id: p.id,
        x: p.x,
        y: p.y,
        priority: DEMOTED,
        text: padded(nameOf(p.id, p.label, mode), p.label),
      })),
    ];
    byMode.set(mode, new Map(placeLabels(inputs, options).map((l) => [l.id, l])));
  }
  return byMode;
}

/**
 * Re-places the labels of a static map for every naming convention. The map keeps its English
 * layout; a name that is longer in another convention ("Stepanakert / Khankendi") gets the spot
 * placeLabels would give it there, or is hidden when it fits nowhere, so a switched map never has
 * overlapping or clipped labels. Only labels English usage placed are considered: a convention
 * never adds labels, which keeps one `<text>` per label in the SVG.
 *
 * `options` must be the ones the English labels were placed with.
 */
export function labelsByMode(
  placed: readonly PlacedLabel[],
  points: readonly LabelPoint[],
  names: ReadonlyMap<string, Record<NameMode, string>>,
  options: Partial<LabelOptions>,
): ModeLabel[] {
  const nameOf = (id: string, fallback: string, mode: NameMode) =>
    names.get(id)?.[mode] ?? fallback;
  const byMode = placedByMode(placed, points, names, options);
  return placed.map((label) => {
    // The English text is the one placed, whatever the names table says.
    const labelNames = Object.fromEntries(
      nameModes.map((m) => [m, m === 'en' ? label.text : nameOf(label.id, label.text, m)]),
    ) as Record<NameMode, string>;
    const at: Partial<Record<NameMode, LabelAt>> = {};
    for (const [mode, spots] of byMode) {
      const spot = spots.get(label.id);
      if (!spot) at[mode] = null;
      else if (
        spot.labelX !== label.labelX ||
        spot.labelY !== label.labelY ||
        spot.anchor !== label.anchor
      )
        at[mode] = { x: spot.labelX, y: spot.labelY, anchor: spot.anchor };
    }
    return { ...label, names: labelNames, at };
  });
}

/** Writes a placement for a data attribute: "x y anchor" to one decimal, or "hidden". */
export function formatLabelAt(at: LabelAt): string {
  return at ? `${at.x.toFixed(1)} ${at.y.toFixed(1)} ${at.anchor}` : 'hidden';
}

/** Reads {@link formatLabelAt}'s output back (ships to the browser); undefined for anything else. */
export function parseLabelAt(text: string | undefined): LabelAt | undefined {
  if (text === 'hidden') return null;
  const match = /^(-?[\d.]+) (-?[\d.]+) (start|end|middle)$/.exec(text ?? '');
  if (!match) return undefined;
  return { x: Number(match[1]), y: Number(match[2]), anchor: match[3] as PlacedLabel['anchor'] };
}

/**
 * The placement attributes of a label for the name switcher: `data-at-<mode>` for each convention
 * that moves or hides it, plus `data-at-en` to come back to. Nothing for a label that never moves.
 */
export function labelAtAttributes(label: ModeLabel): Record<string, string> {
  const moves = Object.entries(label.at);
  if (!moves.length) return {};
  return {
    'data-at-en': formatLabelAt({ x: label.labelX, y: label.labelY, anchor: label.anchor }),
    ...Object.fromEntries(moves.map(([mode, at]) => [`data-at-${mode}`, formatLabelAt(at)])),
  };
}

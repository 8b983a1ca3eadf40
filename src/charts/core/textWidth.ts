/**
 * Advance widths of printable ASCII (space … tilde) in hundredths of an em, measured in Chromium
 * for DejaVu Sans, the widest of the common system sans faces (it is what `system-ui` resolves to on
 * Debian). Estimating with the widest face means a label that fits here fits on every reader's
 * screen; no browser is available at build time to measure the real font.
 */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
  60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Punctuation the charts use outside ASCII; other characters count as a wide 0.8 em. */
const EXTRA: Record<string, number> = {
  '–': 50,
  '—': 100,
  '’': 35,
  '‘': 35,
  '…': 100,
  '·': 35,
  '×': 84,
  '≥': 84,
};
const UNKNOWN = 80;

/** Font weights the charts use. */
export type FontWeight = 'normal' | 'bold';

/** Estimated rendered width of `text` in px at `fontSize`, erring wide (see the table's note). */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    hundredths += (code >= 32 && code < 127 ? table[code - 32] : undefined) ?? EXTRA[ch] ?? UNKNOWN;
  }
  return (hundredths / 100) * fontSize;
}

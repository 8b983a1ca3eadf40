import { textWidth, type FontWeight } from './textWidth.ts';

/**
 * Breaks text into lines no wider than `maxWidth` (estimated), at spaces. A single word wider than
 * the limit gets a line of its own rather than being cut, so no text is ever lost.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

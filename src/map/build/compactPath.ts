/**
 * Rewrites an SVG path made of absolute M/L/Z commands with at most one decimal (what the static
 * maps get from d3-geo's geoPath after rounding) as relative moves with implicit repeats:
 * "M147.6,-8L146.2,-3.7L140.9,2.8Z" → "M147.6-8l-1.4 4.3-5.3 6.5z".
 *
 * Same shape, to the tenth of a pixel: offsets are taken between the rounded points, in whole
 * tenths, so nothing drifts however long the path. Why bother: ~30 static maps are the bulk of
 * the story's HTML, and small repeated offsets compress far better than unique coordinates.
 * A path with any other command (arcs, curves) is returned unchanged.
 */
export function compactPath(d: string): string {
  if (/[^MLZ\d\s,.eE+-]/.test(d)) return d;
  const tokens = d.match(/[MLZ]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!tokens) return d;
  const out: string[] = [];
  let last = '';
  const put = (piece: string) => {
    // Numbers need a separator unless the next one starts with a minus sign.
    if (/^[-\d.]/.test(piece) && /[\d.]$/.test(last) && !piece.startsWith('-')) out.push(' ');
    out.push(piece);
    last = piece;
  };
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let first = true;
  let previous = '';
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++]!;
    if (command === 'Z') {
      put('z');
      cx = sx;
      cy = sy;
      previous = 'z';
      continue;
    }
    if (command !== 'M' && command !== 'L') return d;
    // Coordinate pairs follow until the next command letter; after an M, extra pairs are
    // lines (SVG's rule).
    for (let k = 0; i < tokens.length && !/^[MLZ]$/.test(tokens[i]!); k++) {
      const x = Math.round(Number(tokens[i++]) * 10);
      const y = Math.round(Number(tokens[i++]) * 10);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return d;
      const move = command === 'M' && k === 0;
      if (first) {
        put('M');
        put(tenths(x));
        put(tenths(y));
        first = false;
        previous = 'M';
      } else {
        // After "m" or "l", further pairs are relative lines: the letter can be left out.
        if (move || (previous !== 'l' && previous !== 'm')) put(move ? 'm' : 'l');
        put(tenths(x - cx));
        put(tenths(y - cy));
        previous = move ? 'm' : 'l';
      }
      if (move) {
        sx = x;
        sy = y;
      }
      cx = x;
      cy = y;
    }
  }
  return out.join('');
}

/** A count of tenths as the shortest decimal: 15 → "1.5", -5 → "-.5", 20 → "2". */
function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

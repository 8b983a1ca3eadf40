/**
 * What filled the long frames of a scripted scroll: script, or everything else (style, layout,
 * paint, and waiting on the GPU process, which under SwiftShader rasterises WebGL on the CPU).
 * Read from Long Animation Frame entries, which name each script that ran over 5 ms.
 * @see https://w3c.github.io/long-animation-frames/
 */

/** One script inside a long frame: where it came from and how long it ran, ms. */
export interface FrameScript {
  source: string;
  duration: number;
}

/** One long animation frame: its duration and the scripts it ran, ms. */
export interface LongFrame {
  duration: number;
  scripts: readonly FrameScript[];
}

/** Long frames over a threshold, how much of them was script, and the longest script. */
export interface LongFrameSummary {
  count: number;
  totalMs: number;
  /** Script time inside those frames over their total time, 0–1; 0 when there are none. */
  scriptShare: number;
  longestScript: FrameScript | null;
}

/** Sums up the frames longer than `overMs` (200 ms by default: the long-task bar). */
export function summariseLongFrames(frames: readonly LongFrame[], overMs = 200): LongFrameSummary {
  const long = frames.filter((f) => f.duration > overMs);
  const totalMs = long.reduce((sum, f) => sum + f.duration, 0);
  const scripts = long.flatMap((f) => f.scripts);
  // A frame's scripts can overlap its own duration only up to it: clamp so the share stays ≤ 1.
  const scriptMs = long.reduce(
    (sum, f) =>
      sum +
      Math.min(
        f.duration,
        f.scripts.reduce((s, x) => s + x.duration, 0),
      ),
    0,
  );
  const longestScript = scripts.reduce<FrameScript | null>(
    (best, s) => (best === null || s.duration > best.duration ? s : best),
    null,
  );
  return {
    count: long.length,
    totalMs,
    scriptShare: totalMs > 0 ? scriptMs / totalMs : 0,
    longestScript,
  };
}

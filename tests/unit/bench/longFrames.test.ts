import { describe, expect, it } from 'vitest';
import { summariseLongFrames } from '../../../scripts/bench/longFrames.ts';

const frame = (duration: number, ...scripts: [string, number][]) => ({
  duration,
  scripts: scripts.map(([source, d]) => ({ source, duration: d })),
});

describe('summariseLongFrames', () => {
  it('counts only frames over the bar and says how much of them was script', () => {
    const summary = summariseLongFrames([
      frame(120, ['app.js', 100]),
      frame(300, ['maplibre-gl.js', 15]),
      frame(500, ['MapController.js', 35], ['maplibre-gl.js', 50]),
    ]);
    expect(summary.count).toBe(2);
    expect(summary.totalMs).toBe(800);
    expect(summary.scriptShare).toBeCloseTo(100 / 800);
    expect(summary.longestScript).toEqual({ source: 'maplibre-gl.js', duration: 50 });
  });

  it('keeps the share at most 1 when a frame reports more script than its duration', () => {
    expect(summariseLongFrames([frame(250, ['a.js', 200], ['b.js', 200])]).scriptShare).toBe(1);
  });

  it('reports nothing for a scroll without long frames', () => {
    expect(summariseLongFrames([frame(199, ['a.js', 150])])).toEqual({
      count: 0,
      totalMs: 0,
      scriptShare: 0,
      longestScript: null,
    });
  });

  it('takes a different bar when asked', () => {
    expect(summariseLongFrames([frame(120), frame(60)], 100).count).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { MapStep } from '../map/browser/mapControllerOptions.ts';
import { emit, listen, NAMES_EVENT, STEP_EVENT } from './events.ts';

describe('emit and listen', () => {
  it('carry the typed detail from sender to listener until the listener stops', () => {
    const target = new EventTarget();
    const seen = vi.fn();
    const stop = listen(NAMES_EVENT, (d) => seen(d.mode), { target });
    emit(NAMES_EVENT, { mode: 'hy' }, target);
    stop();
    emit(NAMES_EVENT, { mode: 'az' }, target);
    expect(seen.mock.calls).toEqual([['hy']]);
  });

  it('stop listening when the signal aborts', () => {
    const target = new EventTarget();
    const controller = new AbortController();
    const seen = vi.fn();
    listen(STEP_EVENT, (d) => seen(d.id), { target, signal: controller.signal });
    const step: MapStep = {
      id: 'a',
      camera: { center: [46.7, 39.8], zoom: 7, bearing: 0, pitch: 0 },
      layers: ['countries'],
      places: [],
      highlight: [],
    };
    emit(STEP_EVENT, { id: 'a', index: 0, step, reducedMotion: true }, target);
    controller.abort();
    emit(STEP_EVENT, { id: 'a', index: 0, step, reducedMotion: true }, target);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

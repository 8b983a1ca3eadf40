import { describe, expect, it } from 'vitest';
import { FakeElement } from '../testing/fakeDom.ts';
import { asMapLibre, FakeMap } from '../testing/fakeMap.ts';
import { moveCamera } from './moveCamera.ts';

const bounds = [
  [46.3, 39.5],
  [47.2, 40.4],
] as const;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('moveCamera', () => {
  it('flies with the default duration and resolves when the flight lands', async () => {
    const map = new FakeMap({ container: new FakeElement() });
    let settled = false;
    const done = moveCamera(asMapLibre(map), { bounds }).then(() => (settled = true));
    expect(map.calls.at(-1)?.[0]).toBe('flyTo');
    await tick();
    expect(settled).toBe(false);
    map.finishFlight();
    await done;
    expect(settled).toBe(true);
    expect(map.isMoving()).toBe(false);
  });

  it('jumps, and resolves at once, with reduced motion', async () => {
    const map = new FakeMap({ container: new FakeElement() });
    await moveCamera(asMapLibre(map), { center: [46, 40], zoom: 7 }, { reducedMotion: true });
    expect(map.calls.map((c) => c[0])).toEqual(['jumpTo']);
    expect(map.center).toEqual([46, 40]);
  });

  it('resolves an interrupted flight when the next one starts, and the next when it lands', async () => {
    const map = new FakeMap({ container: new FakeElement() });
    const order: string[] = [];
    const first = moveCamera(asMapLibre(map), { center: [46, 40], zoom: 7 }).then(() =>
      order.push('first'),
    );
    const second = moveCamera(asMapLibre(map), { center: [47, 39], zoom: 9 }).then(() =>
      order.push('second'),
    );
    await first;
    expect(order).toEqual(['first']);
    map.finishFlight();
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(map.center).toEqual([47, 39]);
  });

  it('removes its moveend listener once done', async () => {
    const map = new FakeMap({ container: new FakeElement() });
    const done = moveCamera(asMapLibre(map), { bounds });
    expect(map.listenerCount()).toBe(1);
    map.stop();
    await done;
    expect(map.listenerCount()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { changedFigures } from '../../../scripts/bench/figures.ts';

describe('changedFigures', () => {
  it('lists figures measured in both runs whose value moved, and nothing else', () => {
    const changes = changedFigures(
      {
        a: { value: 1, unit: 'ms' },
        b: { value: 2, unit: 'ms' },
        c: { value: null, unit: 'ms' },
        gone: { value: 9, unit: 'ms' },
      },
      {
        a: { value: 1, unit: 'ms' },
        b: { value: 3, unit: 'ms' },
        c: { value: 4, unit: 'ms' },
        added: { value: 5, unit: 'ms' },
      },
    );
    expect(changes).toEqual([{ id: 'b', previous: 2, current: 3, unit: 'ms' }]);
  });
});

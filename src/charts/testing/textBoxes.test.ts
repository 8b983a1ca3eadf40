import { describe, expect, it } from 'vitest';
import { el } from '../core/svgNode.ts';
import { overlaps, textBoxes } from './textBoxes.ts';

describe('textBoxes', () => {
  it('places text by its anchor and the translations above it', () => {
    const [box] = textBoxes(
      el('g', { transform: 'translate(10 20)' }, [
        el('text', { x: 5, y: 0, 'text-anchor': 'end' }, 'ab'),
      ]),
    );
    expect(box!.x1).toBeCloseTo(15);
    expect(box!.y0).toBeLessThan(20);
  });
  it('skips text that is hidden', () => {
    expect(textBoxes(el('g', { opacity: 0 }, [el('text', {}, 'hidden')]))).toEqual([]);
  });
  it('finds overlapping labels and passes separate ones', () => {
    const boxes = textBoxes(
      el('g', {}, [
        el('text', { x: 0, y: 10 }, 'Shusha'),
        el('text', { x: 10, y: 12 }, 'Lachin'),
        el('text', { x: 0, y: 40 }, 'Goris'),
      ]),
    );
    expect(overlaps(boxes).map(([a, b]) => [a.text, b.text])).toEqual([['Shusha', 'Lachin']]);
  });
});

import { describe, expect, it } from 'vitest';
import { el, px } from './svgNode.ts';

describe('el', () => {
  it('makes a leaf with text when given a string', () => {
    expect(el('text', { x: 1 }, 'hi')).toEqual({ tag: 'text', attrs: { x: 1 }, text: 'hi' });
  });
  it('makes a parent with children, and an empty child list by default', () => {
    expect(el('g').children).toEqual([]);
    expect(el('g', {}, [el('rect')]).children).toHaveLength(1);
  });
  it('records an animation delay only when one is given', () => {
    expect(el('rect', {}, undefined, 40).delay).toBe(40);
    expect('delay' in el('rect')).toBe(false);
  });
});

describe('px', () => {
  it('rounds to a tenth of a pixel', () => {
    expect(px(1.26)).toBe(1.3);
    expect(px(10)).toBe(10);
  });
  it('never returns negative zero, which would serialise as "0" in one place and "-0" in another', () => {
    expect(Object.is(px(-0.01), 0)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { renderSvg } from './renderSvg.ts';
import { el } from './svgNode.ts';

describe('renderSvg', () => {
  it('writes attributes in scene order and nests children', () => {
    const svg = renderSvg(
      el('svg', { viewBox: '0 0 10 10', class: 'c' }, [el('rect', { x: 1, y: 2 })]),
    );
    expect(svg).toBe('<svg viewBox="0 0 10 10" class="c"><rect x="1" y="2"></rect></svg>');
  });
  it('leaves out undefined attributes', () => {
    expect(renderSvg(el('g', { class: undefined, opacity: 1 }))).toBe('<g opacity="1"></g>');
  });
  it('escapes text and attribute values, since labels come from editors', () => {
    expect(renderSvg(el('text', { 'aria-label': 'a "b"' }, 'A & <B>'))).toBe(
      '<text aria-label="a &quot;b&quot;">A &amp; &lt;B&gt;</text>',
    );
  });
  it('never writes a delay, which only matters to the browser', () => {
    expect(renderSvg(el('rect', {}, undefined, 30))).toBe('<rect></rect>');
  });
});
